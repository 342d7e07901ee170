// Runs inside each bench page (served as is, beside the built elements): `window.bench` holds
// the measurements, each timed with performance.now(), which is precise to 5 µs here because
// the bench serves its pages cross-origin isolated. Every measurement ends with a forced
// layout, so style and layout work caused by the element is counted, not left to a later frame.

/** Every element in `scope` (an element's light DOM or a shadow root), through open shadow roots. */
function* deepElements(scope) {
  for (const el of scope.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Resolves once `el` and every Lit element inside it have no update pending. */
async function settled(el) {
  for (;;) {
    const elements = [el, ...deepElements(el), ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])].filter((e) => e.updateComplete);
    const done = await Promise.all(elements.map((e) => e.updateComplete));
    if (done.every(Boolean)) return;
  }
}

const layout = () => document.body.offsetHeight;

function make(tag, attributes) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * What one key press is, dispatched in the browser's order: keydown, beforeinput, the
 * insertion (unless the page cancelled beforeinput) through the browser's own editor, which
 * also fires the input event, and keyup.
 */
function press(input, key) {
  const keyInit = { key, code: `Digit${key}`, bubbles: true, composed: true, cancelable: true };
  input.dispatchEvent(new KeyboardEvent('keydown', keyInit));
  const beforeInput = new InputEvent('beforeinput', { inputType: 'insertText', data: key, bubbles: true, composed: true, cancelable: true });
  if (input.dispatchEvent(beforeInput)) document.execCommand('insertText', false, key);
  input.dispatchEvent(new KeyboardEvent('keyup', keyInit));
}

window.bench = {
  /** Milliseconds from creating `count` elements to their content laid out. */
  async render(tag, count, attributes = {}) {
    const start = performance.now();
    const elements = Array.from({ length: count }, () => make(tag, attributes));
    document.body.append(...elements);
    await Promise.all(elements.map(settled));
    layout();
    return { ms: performance.now() - start, text: elements[0].shadowRoot.textContent.trim().slice(0, 40) };
  },

  /**
   * Milliseconds that typing `keys` into a fresh field costs: each key's events, the updates
   * they cause and the layout after. `warm`: the same keys were first typed into another field
   * on the page (not timed), so the code runs compiled, as it does after the first few keys.
   */
  async type(tag, keys, attributes = {}, warm = false) {
    if (warm) await this.type(tag, keys, attributes);
    document.body.replaceChildren();
    const el = make(tag, attributes);
    document.body.append(el);
    await settled(el);
    const input = el.shadowRoot.querySelector('input');
    input.focus();
    layout();
    let ms = 0;
    for (const key of keys) {
      const start = performance.now();
      press(input, key);
      await settled(el);
      layout();
      ms += performance.now() - start;
    }
    return { ms, value: input.value };
  },

  /** Adds `count` elements that stay on the page (for a heap measurement around it). */
  async keep(tag, count, attributes = {}) {
    const elements = Array.from({ length: count }, () => make(tag, attributes));
    document.body.append(...elements);
    await Promise.all(elements.map(settled));
    layout();
    return document.querySelectorAll(tag).length;
  },
};
