// The demo's language: the browser's own to begin with (an evaluator who reads no Japanese must
// not start in Japanese), `?lang=` over it, and the choice kept in the URL so that Back, Forward,
// a reload and a return to the page show it again.
import { expect, waitUntil } from '@open-wc/testing';
import type { OtpEnroll } from '../../src/otp-enroll.js';
import { shadow } from './drive.js';
import { closeDemoPages, followDemoPage, openDemoPage, type DemoFrame } from './frame.js';

const page = '/demo/index.html';

/** The language the page and the wizard on its stage are shown in, as one word per part. */
async function shownLanguage(frame: DemoFrame): Promise<string> {
  const enroll = frame.document.querySelector<OtpEnroll>('otp-enroll')!;
  const read = (): string => {
    const title = shadow(enroll).querySelector('[part~="title"]')!.textContent!;
    const tagline = frame.document.querySelector('.brand__tagline')!.textContent!;
    const parts = [
      frame.document.documentElement.lang,
      frame.document.querySelector<HTMLElement>('#stage')!.lang,
      /[ぁ-んァ-ン一-龯]/.test(title) ? 'ja' : 'en',
      /[ぁ-んァ-ン一-龯]/.test(tagline) ? 'ja' : 'en',
    ];
    const [first] = parts;
    return parts.every((p) => p === first) ? first! : `mixed: ${parts.join(' ')}`;
  };
  // A switch to English shows once the wizard has its English texts, which load on first use.
  await waitUntil(() => !read().startsWith('mixed'), 'the page and the wizard agree on a language', { timeout: 5000 }).catch(() => {});
  return read();
}

function switchTo(frame: DemoFrame, lang: string): void {
  frame.document.querySelector<HTMLInputElement>(`#lang-switch input[value="${lang}"]`)!.click();
}

describe('demo page language', function () {
  // Whole pages, several loads and wizard steps each: slow on a busy machine.
  this.timeout(30_000);

  afterEach(closeDemoPages);

  const starts: [string[], string][] = [
    [['ja-JP', 'ja', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['en-US', 'en'], 'en'],
    [['en-GB', 'ja'], 'en'],
    [['fr-FR', 'ja-JP'], 'ja'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ];
  for (const [languages, expected] of starts) {
    it(`starts in ${expected} for a browser that prefers ${JSON.stringify(languages)}`, async () => {
      const frame = await openDemoPage(page, 'otp-enroll', { languages });
      expect(await shownLanguage(frame)).to.equal(expected);
      expect(frame.document.querySelector<HTMLInputElement>('#lang-switch input:checked')!.value).to.equal(expected);
      expect(frame.window.location.search).to.equal('');
    });
  }

  it('takes ?lang= over the browser language', async () => {
    let frame = await openDemoPage(`${page}?lang=en`, 'otp-enroll', { languages: ['ja-JP'] });
    expect(await shownLanguage(frame)).to.equal('en');
    closeDemoPages();
    frame = await openDemoPage(`${page}?lang=ja`, 'otp-enroll', { languages: ['en-US'] });
    expect(await shownLanguage(frame)).to.equal('ja');
  });

  it('writes the choice into the URL only where it differs from the browser language', async () => {
    const frame = await openDemoPage(page, 'otp-enroll', { languages: ['en-US'] });
    switchTo(frame, 'ja');
    expect(await shownLanguage(frame)).to.equal('ja');
    expect(frame.window.location.search).to.equal('?lang=ja');
    switchTo(frame, 'en');
    expect(await shownLanguage(frame)).to.equal('en');
    expect(frame.window.location.search).to.equal('');
  });

  it('keeps the choice across a link away, Back, Forward and a reload', async () => {
    const languages = ['ja-JP'];
    let frame = await openDemoPage(page, 'otp-enroll', { languages });
    expect(await shownLanguage(frame)).to.equal('ja');
    switchTo(frame, 'en');
    expect(await shownLanguage(frame)).to.equal('en');
    const chosen = `${page}?lang=en`;

    const cms = frame.document.querySelector<HTMLAnchorElement>('a[href$="cms.html"]')!;
    frame = await followDemoPage(frame, () => cms.click(), '/demo/cms.html', 'otp-enroll', languages);
    frame = await followDemoPage(frame, () => frame.window.history.back(), chosen, 'otp-enroll', languages);
    expect(await shownLanguage(frame), 'after Back').to.equal('en');

    frame = await followDemoPage(frame, () => frame.window.history.forward(), '/demo/cms.html', 'otp-enroll', languages);
    frame = await followDemoPage(frame, () => frame.window.history.back(), chosen, 'otp-enroll', languages);
    expect(await shownLanguage(frame), 'after Forward and Back').to.equal('en');

    frame = await followDemoPage(frame, () => frame.window.location.reload(), chosen, 'otp-enroll', languages);
    expect(await shownLanguage(frame), 'after a reload').to.equal('en');
    expect(frame.problems).to.deep.equal([]);
  });
});
