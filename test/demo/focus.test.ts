// The demo's own focus indicator, measured as WCAG 2.2 measures one (2.4.13, met here as the
// 1.4.11 / 2.4.7 bar the issue sets): compared pixel by pixel with the same place unfocused, the
// pixels that change by at least 3:1 must cover at least a 2 CSS px perimeter of the control.
// Pixels, not styles: the header is a gradient, options are clipped, rings are drawn inside.
// Also the colours the demo's themes give the elements: focus ring and input borders.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import { authenticate, shadow, waitForStep } from './drive.js';
import { closeDemoPages, openDemoPage, type DemoFrame } from './frame.js';
import { capture, contrast, luminance, rgba, type Capture } from './pixels.js';

const margin = 8;

const nextFrame = (frame: DemoFrame) => new Promise((resolve) => frame.window.requestAnimationFrame(() => resolve(undefined)));

/** The demo's own controls in the tab order (the elements' insides are the elements' business). */
function ownControls(frame: DemoFrame, within = 'body'): HTMLElement[] {
  const candidates = frame.document.querySelectorAll<HTMLElement>(`${within} :is(a[href], button, input, select, summary, [tabindex])`);
  return [...candidates].filter(
    (el) => el.tabIndex >= 0 && !el.closest('otp-enroll, otp-suspend, otp-token-field, [hidden], details:not([open]) > :not(summary)') && el.getClientRects().length > 0,
  );
}

/** What the indicator surrounds: a visually hidden radio shows its focus on its label. */
function shownBy(control: HTMLElement): Element {
  return control instanceof HTMLInputElement && control.type === 'radio' ? control.closest('label')! : control;
}

function describeControl(control: HTMLElement): string {
  const text = (control.textContent || control.getAttribute('aria-label') || (control as HTMLInputElement).value || '').trim().slice(0, 30);
  return `<${control.localName}${control.id ? `#${control.id}` : ''}> "${text}"`;
}

async function around(frame: DemoFrame, box: Element): Promise<Capture> {
  const rect = box.getBoundingClientRect();
  const outer = frame.iframe.getBoundingClientRect();
  return capture({
    x: outer.left + frame.iframe.clientLeft + rect.left - margin + scrollX,
    y: outer.top + frame.iframe.clientTop + rect.top - margin + scrollY,
    width: rect.width + 2 * margin,
    height: rect.height + 2 * margin,
  });
}

interface Measure {
  control: string;
  /** CSS px² that change by ≥ 3:1 on focus (and are otherwise still). */
  contrasting: number;
  /** CSS px² of a 2 px perimeter of the unfocused control. */
  required: number;
}

async function measure(frame: DemoFrame, control: HTMLElement): Promise<Measure> {
  const box = shownBy(control);
  box.scrollIntoView({ block: 'center', inline: 'nearest' });
  await nextFrame(frame);
  await nextFrame(frame);
  const before = await around(frame, box);
  control.focus({ preventScroll: true });
  await nextFrame(frame);
  await nextFrame(frame);
  expect(control.matches(':focus-visible'), `${describeControl(control)} matches :focus-visible`).to.equal(true);
  const focused = await around(frame, box);
  control.blur();
  await nextFrame(frame);
  await nextFrame(frame);
  const after = await around(frame, box);

  const { data: a } = before;
  const { data: b } = focused;
  const { data: c } = after;
  let pixels = 0;
  for (let i = 0; i < a.length; i += 4) {
    // A pixel that also changed while unfocused (the live token's countdown) says nothing.
    if (a[i] !== c[i] || a[i + 1] !== c[i + 1] || a[i + 2] !== c[i + 2]) continue;
    if (contrast(luminance(a[i]!, a[i + 1]!, a[i + 2]!), luminance(b[i]!, b[i + 1]!, b[i + 2]!)) >= 3) pixels++;
  }
  const rect = box.getBoundingClientRect();
  const devicePixels = (before.width / (rect.width + 2 * margin)) ** 2;
  return {
    control: describeControl(control),
    contrasting: Math.round(pixels / devicePixels),
    required: Math.round(2 * 2 * (rect.width + rect.height)),
  };
}

async function expectVisibleFocus(frame: DemoFrame, controls: HTMLElement[]): Promise<void> {
  expect(controls.length).to.be.greaterThan(0);
  const weak: Measure[] = [];
  for (const control of controls) {
    const result = await measure(frame, control);
    if (result.contrasting < result.required) weak.push(result);
  }
  expect(weak).to.deep.equal([]);
  expect(frame.problems).to.deep.equal([]);
}

describe('demo focus indicator (measured from pixels)', function () {
  // Three screenshots per control, some twenty controls per page.
  this.timeout(60_000);
  // The whole iframe inside the test page's viewport, so that every pixel can be captured.
  const open = async (path: string, tag: string | undefined, width: number, height: number) => {
    await setViewport({ width: width + 40, height: height + 40 });
    return openDemoPage(path, tag, { width, height });
  };

  afterEach(async () => {
    closeDemoPages();
    await setViewport({ width: 800, height: 600 });
  });

  it('index.html at 1280 px: header, language, settings, tabs, token, credentials, log', async () => {
    const frame = await open('/demo/index.html', 'otp-enroll', 1280, 900);
    const controls = ownControls(frame);
    expect(controls.map((c) => c.id || c.localName)).to.include.members(['clear-log', 'event-log', 'theme', 'tab-enroll', 'reset-bank']);
    await expectVisibleFocus(frame, controls);
  });

  it('index.html at 375 px, settings unfolded, in English', async () => {
    const frame = await open('/demo/index.html?lang=en', 'otp-enroll', 375, 667);
    frame.document.querySelector<HTMLDetailsElement>('#controls-box')!.open = true;
    await expectVisibleFocus(frame, ownControls(frame, 'body > :not(.site-footer)'));
  });

  for (const theme of ['default', 'forest', 'dark']) {
    it(`the page's own form on the stage, in the ${theme} theme`, async () => {
      const frame = await open(`/demo/index.html?tab=field&theme=${theme}`, 'otp-token-field', 1024, 768);
      await expectVisibleFocus(frame, ownControls(frame, '#code-form'));
    });
  }

  it('doc.html: the rendered documentation', async () => {
    const frame = await open('/demo/doc.html?doc=docs/theming.md', undefined, 1024, 768);
    const main = frame.document.querySelector('main')!;
    await waitUntil(() => !main.hasAttribute('aria-busy'), 'the document was not rendered', { timeout: 5000 });
    const links = ownControls(frame, 'main');
    expect(links.length).to.be.at.least(3);
    await expectVisibleFocus(frame, [...ownControls(frame, 'header'), ...links.slice(0, 8)]);
  });

  it('cms.html: the bank page around the elements', async () => {
    const frame = await open('/demo/cms.html', 'otp-enroll', 1024, 768);
    await expectVisibleFocus(frame, ownControls(frame));
  });
});

/** The colour a box shows: its own background, else what shows through from behind it. */
function backdrop(frame: DemoFrame, start: Element): [number, number, number] {
  const layers: [number, number, number, number][] = [];
  for (let node: Element | null = start; node; node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const layer = rgba(frame.window.getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  // Lay the found layers from the back (white canvas) to the front.
  return layers.reverse().reduce<[number, number, number]>(
    (under, [r, g, b, a]) => [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)],
    [255, 255, 255],
  );
}

function contrastOf(x: [number, number, number], y: [number, number, number]): number {
  return contrast(luminance(...x), luminance(...y));
}

/** Inputs whose border is under 1 px or under 3:1 against their inside or their outside. */
function borderProblems(frame: DemoFrame, theme: string, inputs: HTMLInputElement[]): string[] {
  expect(inputs.length, `${theme}: inputs on this step`).to.be.greaterThan(0);
  return inputs.flatMap((input) => {
    const style = frame.window.getComputedStyle(input);
    const [r, g, b, a] = rgba(style.borderTopColor);
    const outside = backdrop(frame, (input.assignedSlot ?? input.parentElement ?? (input.getRootNode() as ShadowRoot).host)!);
    const inside = backdrop(frame, input);
    // A translucent border shows the outside through it.
    const border: [number, number, number] = [r * a + outside[0] * (1 - a), g * a + outside[1] * (1 - a), b * a + outside[2] * (1 - a)];
    const ratios = [contrastOf(border, inside), contrastOf(border, outside)];
    if (Math.min(...ratios) >= 3 && parseFloat(style.borderTopWidth) >= 1) return [];
    return [`${theme} ${input.id}: ${style.borderTopWidth} ${style.borderTopColor}, ${ratios.map((x) => x.toFixed(2)).join(' / ')}`];
  });
}

describe('demo themes', function () {
  // Whole pages, several loads and wizard steps each: slow on a busy machine.
  this.timeout(30_000);

  afterEach(closeDemoPages);

  it('draws every input of the elements with a border of at least 3:1 against inside and outside, in every theme', async () => {
    for (const theme of ['default', 'forest', 'dark']) {
      const frame = await openDemoPage(`/demo/index.html?theme=${theme}`, 'otp-enroll');
      const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
      await waitForStep(enroll, 'authenticate');
      const weak = borderProblems(frame, theme, [...enroll.querySelectorAll('input')]);
      await authenticate(enroll, '1234567890', 'Passw0rd!');
      await waitForStep(enroll, 'register');
      const register = [
        shadow(enroll).querySelector<HTMLInputElement>('#token-id')!,
        shadow(enroll).querySelector('otp-token-field')!.shadowRoot!.querySelector('input')!,
      ];
      weak.push(...borderProblems(frame, theme, register));
      expect(weak).to.deep.equal([]);
      closeDemoPages();
    }
  });

  it('gives the elements an opaque focus ring of at least 2 px and 3:1 on their surface, in every theme that sets one', async () => {
    for (const theme of ['forest', 'dark']) {
      const frame = await openDemoPage(`/demo/index.html?theme=${theme}`, 'otp-enroll');
      const stage = frame.document.querySelector<HTMLElement>('#stage')!;
      const style = frame.window.getComputedStyle(stage);
      const ring = style.getPropertyValue('--otp-focus-ring').trim();
      const [width, , ...color] = ring.split(/\s+/);
      const [r, g, b, a] = rgba(color.join(' '));
      expect(a, `${theme}: ${ring}`).to.equal(1);
      expect(parseFloat(width!), `${theme}: ${ring}`).to.be.at.least(2);
      for (const behind of [style.getPropertyValue('--otp-color-surface'), style.backgroundColor]) {
        const [br, bg, bb] = rgba(behind);
        expect(contrastOf([r, g, b], [br, bg, bb]), `${theme}: ${ring} on ${behind}`).to.be.at.least(3);
      }
      closeDemoPages();
    }
  });
});
