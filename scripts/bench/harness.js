// Runs inside each bench page (served as is, beside the built elements): `window.bench` holds
// what the bench does in the page. Renders are timed with performance.now(), which is precise to
// 5 µs here because the bench serves its pages cross-origin isolated, and end with a forced
// layout, so style and layout work caused by the element is counted, not left to a later frame.
// Typing is timed by the bench itself from Chromium's own counters (see browser.mjs).

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

  /** A fresh field alone on the page, its input focused for the real key presses the bench sends. */
  async field(tag, attributes = {}) {
    document.body.replaceChildren(make(tag, attributes));
    await settled(document.body.firstElementChild);
    document.body.firstElementChild.shadowRoot.querySelector('input').focus();
  },

  /** Resolves with the field's text once its updates are done and a frame has been laid out. */
  async typed() {
    const el = document.body.firstElementChild;
    await settled(el);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return el.shadowRoot.querySelector('input').value;
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
