// axe-core run inside a demo page's own window: axe reads styles, layout and the accessibility
// tree of the document it is loaded in, so the page under test must load it itself. The script
// is a same-origin file, which the page's CSP (script-src 'self') allows.
import type { AxeResults, RunOptions } from 'axe-core';
import type { DemoFrame } from './frame.js';

type AxeWindow = Window & { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

const axeScript = '/node_modules/axe-core/axe.min.js';

async function load(frame: DemoFrame): Promise<NonNullable<AxeWindow['axe']>> {
  const win = frame.window as AxeWindow;
  if (!win.axe) {
    const script = frame.document.createElement('script');
    script.src = axeScript;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error(`${axeScript} did not load in the demo page`)));
    });
    frame.document.head.append(script);
    await loaded;
  }
  return win.axe!;
}

/** Every axe violation on the page as "rule: node (summary)", so a failure names what to fix. */
export async function axeViolations(frame: DemoFrame): Promise<string[]> {
  const axe = await load(frame);
  const results = await axe.run(frame.document, { resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}
