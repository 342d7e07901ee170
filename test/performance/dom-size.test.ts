// What each wizard on a page keeps alive: the nodes of its first step. Every Lit part (a text or
// a nested template in the page) keeps a marker comment, and its template instance and parts stay
// in the JS heap as long as the element lives (issue 12: heap per live <otp-enroll>). A ceiling,
// as the size budget has for bytes: lower it when a change makes room, raise it only with a
// reason. Times and heap bytes are measured by `npm run bench -- --browser`, never here.
import { expect } from '@open-wc/testing';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import { mount, type WizardTag } from '../wizard/helpers.js';

/** The comment nodes (Lit's part markers) in a shadow root and the shadow roots inside it. */
function markers(root: ShadowRoot): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_ELEMENT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) count++;
    else if ((node as Element).shadowRoot) count += markers((node as Element).shadowRoot!);
  }
  return count;
}

describe('DOM kept per wizard', () => {
  // 17 for either wizard at the time of writing (50 while the trail's separators, the intro's
  // line breaks and the buttons each nested a template of their own; 38 while the session
  // warning's region was one; 37 while an intro was a list of lines; 34 while the trail was a
  // template per entry, its separators text, an intro's lines a template with a <br>, and the
  // step position a template of its own).
  const ceiling = 17;
  for (const tag of ['otp-enroll', 'otp-suspend'] as WizardTag[]) {
    it(`<${tag}>: its first step holds at most ${ceiling} part markers`, async () => {
      const el = await mount(tag, { attributes: { endpoint: '/api/otp' } });
      expect(markers(el.shadowRoot!)).to.be.at.most(ceiling);
      await expect(el).to.be.accessible();
    });
  }
});
