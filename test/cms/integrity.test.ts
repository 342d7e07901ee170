// dist/integrity.json, which `npm run build` writes and prints as a <script integrity> tag for a
// CMS page (docs/cms.md): the browser runs the bundle with that value and refuses it with any
// other, and every chunk listed has the hash of the bytes served.
import { expect } from '@open-wc/testing';

const bundleUrl = new URL('/dist/otp-elements.bundle.js', location.href).href;

async function hashes(): Promise<Record<string, string>> {
  const response = await fetch('/dist/integrity.json');
  if (!response.ok) throw new Error('dist/integrity.json is missing: run `npm run build`');
  return response.json();
}

/** Loads the bundle in a fresh frame with `integrity`; true if it ran and defined the elements. */
async function runsWith(integrity: string): Promise<boolean> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  try {
    const frame = iframe.contentWindow as Window & typeof globalThis;
    const script = frame.document.createElement('script');
    script.type = 'module';
    script.src = bundleUrl;
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    const ran = await new Promise<boolean>((resolve) => {
      script.onload = () => resolve(true);
      script.onerror = () => resolve(false);
      frame.document.head.append(script);
    });
    return ran && frame.customElements.get('otp-enroll') !== undefined;
  } finally {
    iframe.remove();
  }
}

/**
 * `import()`s the bundle in a fresh frame whose import map gives it `integrity`, as docs/cms.md
 * tells a page to do for the chunks the bundle loads; resolves to whether the import succeeded.
 */
async function importsWith(integrity: string): Promise<boolean> {
  // A URL of its own per attempt: a module that loaded once is not fetched (or checked) again.
  const url = `${bundleUrl}?attempt=${crypto.randomUUID()}`;
  const iframe = document.createElement('iframe');
  const answer = new Promise<boolean>((resolve) =>
    addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow) return;
      removeEventListener('message', onMessage);
      resolve(event.data === 'imported');
    }),
  );
  iframe.srcdoc = `<script type="importmap">${JSON.stringify({ integrity: { [url]: integrity } })}</script>
    <script type="module">import(${JSON.stringify(url)}).then(() => parent.postMessage('imported', '*'), () => parent.postMessage('refused', '*'));</script>`;
  document.body.append(iframe);
  try {
    return await answer;
  } finally {
    iframe.remove();
  }
}

describe('Subresource Integrity of the CMS bundle (dist/integrity.json)', () => {
  it('is the value the browser checks: the bundle runs with it', async () => {
    const integrity = (await hashes())['otp-elements.bundle.js']!;
    expect(integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(await runsWith(integrity)).to.equal(true);
  });

  it('makes the browser refuse a bundle whose bytes differ', async () => {
    const integrity = (await hashes())['otp-elements.bundle.js']!;
    const other = integrity.slice(0, -2) + (integrity.at(-2) === 'A' ? 'B' : 'A') + integrity.at(-1);
    expect(await runsWith(other)).to.equal(false);
  });

  it('reaches a dynamically imported module through an import map, as docs/cms.md says', async () => {
    const integrity = (await hashes())['otp-elements.bundle.js']!;
    expect(await importsWith(integrity), 'the right value').to.equal(true);
    expect(await importsWith(`sha384-${'A'.repeat(64)}`), 'a wrong value').to.equal(false);
  });

  it('lists every file with the SHA-384 of the bytes served', async () => {
    for (const [file, integrity] of Object.entries(await hashes())) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      expect(`sha384-${btoa(String.fromCharCode(...digest))}`, file).to.equal(integrity);
    }
  });
});
