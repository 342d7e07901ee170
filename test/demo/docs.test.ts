// The demo's README and docs links open pages to read, rendered from the repository's Markdown
// (demo/doc.html), offline with nothing but the dev server.
import { expect, waitUntil } from '@open-wc/testing';
import { closeDemoPages, followDemoPage, openDemoPage, type DemoFrame } from './frame.js';

async function rendered(frame: DemoFrame): Promise<HTMLElement> {
  const main = frame.document.querySelector<HTMLElement>('main')!;
  await waitUntil(() => main && !main.hasAttribute('aria-busy'), 'the document was not rendered', { timeout: 5000 });
  return main;
}

/** The first `# Title` line of a Markdown file, as the reader should see it. */
async function markdownTitle(path: string): Promise<string> {
  const source = await (await fetch(`/${path}`)).text();
  return source.match(/^# (.+)$/m)![1]!.replace(/`/g, '');
}

describe('demo documentation links', function () {
  // Whole pages, several loads and wizard steps each: slow on a busy machine.
  this.timeout(30_000);

  afterEach(closeDemoPages);

  for (const doc of ['README.md', 'docs/protocol.md', 'docs/theming.md']) {
    it(`opens ${doc} from the demo's header as a rendered page`, async () => {
      let frame = await openDemoPage('/demo/index.html?lang=en', 'otp-enroll');
      const link = [...frame.document.querySelectorAll<HTMLAnchorElement>('.site-header a')].find((a) =>
        decodeURIComponent(a.href).includes(doc),
      )!;
      expect(link, `a header link to ${doc}`).to.not.equal(undefined);
      frame = await followDemoPage(frame, () => link.click(), new URL(link.href).pathname + new URL(link.href).search);
      expect(frame.document.contentType).to.equal('text/html');
      const main = await rendered(frame);

      expect(main.querySelector('h1')!.textContent).to.equal(await markdownTitle(doc));
      expect(frame.document.title).to.include(main.querySelector('h1')!.textContent!);
      // Markdown's syntax is gone: outside code blocks, no line starts with a heading, list or table marker.
      const prose = [...main.children].filter((block) => block.localName !== 'pre').map((block) => (block as HTMLElement).innerText);
      expect(prose.join('\n').split('\n').filter((line) => /^(#{1,6} |\* |- |\| )/.test(line))).to.deep.equal([]);
      expect(main.querySelectorAll('h2').length).to.be.greaterThan(1);
      expect(frame.problems).to.deep.equal([]);
    });
  }

  it('renders tables, code, images and links that stay inside the rendered docs', async () => {
    const frame = await openDemoPage('/demo/doc.html?doc=README.md');
    const main = await rendered(frame);
    expect(main.querySelectorAll('table').length).to.be.greaterThan(2);
    expect(main.querySelectorAll('pre > code').length).to.be.greaterThan(3);

    const images = [...main.querySelectorAll('img')];
    expect(images.length).to.be.greaterThan(10);
    await Promise.all(images.map((image) => image.decode()));
    expect(images.filter((image) => image.naturalWidth === 0).map((image) => image.src)).to.deep.equal([]);

    // A document link opens its rendered page; a folder its README; a source file the file itself.
    const hrefs = [...main.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.include('./doc.html?doc=docs%2Fprotocol.md');
    expect(hrefs).to.include('./doc.html?doc=docs%2Fapi%2FREADME.md');
    expect(hrefs.filter((href) => !href.startsWith('./doc.html?') && /\.md($|#)/.test(href))).to.deep.equal([]);
    expect(frame.problems).to.deep.equal([]);
  });

  it('gives headings GitHub ids, so in-page links and shared links land', async () => {
    const frame = await openDemoPage('/demo/doc.html?doc=docs/protocol.md#security', undefined, { width: 800, height: 600 });
    const main = await rendered(frame);
    const target = frame.document.getElementById('security')!;
    expect(target.localName).to.match(/^h[1-6]$/);
    expect(main.querySelector('a[href="#security"]')).to.not.equal(null);
    await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 2, 'the page did not scroll to #security', { timeout: 5000 });
  });

  it('leads back to the demo in the language it came from', async () => {
    let frame = await openDemoPage('/demo/index.html', 'otp-enroll', { languages: ['ja-JP'] });
    frame.document.querySelector<HTMLInputElement>('#lang-switch input[value="en"]')!.click();
    const readme = frame.document.querySelector<HTMLAnchorElement>('.site-header a[href*="README"]')!;
    frame = await followDemoPage(frame, () => readme.click(), '/demo/doc.html?doc=README.md&lang=en');
    await rendered(frame);
    expect(frame.document.documentElement.lang).to.equal('en');
    const back = frame.document.querySelector<HTMLAnchorElement>('#doc-back')!;
    frame = await followDemoPage(frame, () => back.click(), '/demo/index.html?lang=en', 'otp-enroll', ['ja-JP']);
    expect(frame.document.documentElement.lang).to.equal('en');
    expect(frame.document.querySelector<HTMLInputElement>('#lang-switch input:checked')!.value).to.equal('en');
  });

  it('shows only the project documents', async () => {
    for (const doc of ['package.json', '../../etc/passwd', 'docs/../package.json', 'https://example.com/x.md']) {
      const frame = await openDemoPage(`/demo/doc.html?doc=${encodeURIComponent(doc)}`);
      const main = await rendered(frame);
      expect(main.querySelector('[role="alert"]')!.textContent, doc).to.equal('This document cannot be shown.');
      expect(main.querySelector('h1'), doc).to.equal(null);
      closeDemoPages();
    }
  });
});
