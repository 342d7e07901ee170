// What each live wizard holds in the JS heap on its first step (issue 12: heap per live
// <otp-enroll> ≤ 4 KB), by kind of object, from heap snapshots of Chromium (Firefox cannot be
// asked): the objects of 20 more wizards on the page, divided by 20, after a few were made so
// that the code and the tables every wizard shares are not counted as theirs. Ceilings, as the
// size budget has for bytes: lower one when a change makes room, raise it only with a reason.
// Bytes are measured on the shipped build by `npm run bench -- --browser`; these are the counts.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/otp-enroll.js';
import '../../src/otp-suspend.js';
import type { HeapKind, PageToolCommands } from '../demo/page-commands.js';
import { mount, type WizardTag } from '../wizard/helpers.js';

type HeapCommand = PageToolCommands['heap-by-kind'];

const heap = (): Promise<HeapCommand['result']> => executeServerCommand<HeapCommand['result'], HeapCommand['payload']>('heap-by-kind', {});

async function mountWizards(tag: WizardTag, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await mount(tag, { attributes: { endpoint: '/api/otp' } });
}

/** Objects each of `count` more live wizards holds, by kind; null where the heap cannot be read. */
async function heldPerWizard(tag: WizardTag, count = 20): Promise<Map<string, HeapKind> | null> {
  await mountWizards(tag, 3);
  const before = await heap();
  if (!before) return null;
  await mountWizards(tag, count);
  const after = (await heap())!;
  const held = new Map<string, HeapKind>();
  for (const [kind, { count: n, bytes }] of Object.entries(after)) {
    const grown = { count: (n - (before[kind]?.count ?? 0)) / count, bytes: (bytes - (before[kind]?.bytes ?? 0)) / count };
    if (grown.count > 0) held.set(kind, grown);
  }
  return held;
}

const countOf = (held: Map<string, HeapKind>, match: (kind: string) => boolean): number =>
  Math.round([...held].filter(([kind]) => match(kind)).reduce((sum, [, { count }]) => sum + count, 0));

describe('JS heap kept per wizard', function () {
  // Twenty-odd wizards and two heap snapshots of the test page.
  this.timeout(60000);
  // 3 for <otp-suspend> and 4 for <otp-enroll> at the time of writing: Lit's own, the texts'
  // overrides, the session's end, and <otp-enroll>'s plan (26 and 21 while handlers, loaders and
  // callbacks were arrow functions made per wizard).
  const closures = 4;
  // Lit's record of what a wizard rendered, kept as long as it lives: 7 attribute parts and 5
  // template instances at the time of writing, in the dev build (14 and 12 while each trail entry
  // bound its part and aria-current and the session warning's region was a template of its own;
  // 8 and 11 while the trail was a template per entry with its name bound, an intro's lines a
  // template with a <br>, and the step position a template of its own).
  const attributeParts = 7;
  const templateInstances = 5;
  for (const tag of ['otp-enroll', 'otp-suspend'] as WizardTag[]) {
    describe(`<${tag}>`, () => {
      let held: Map<string, HeapKind> | null;
      before(async () => {
        held = await heldPerWizard(tag);
      });

      it(`keeps at most ${closures} functions of its own on its first step`, function () {
        if (!held) this.skip();
        expect(countOf(held, (kind) => kind.startsWith('closure '))).to.be.at.most(closures);
      });

      it(`keeps at most ${attributeParts} attribute parts on its first step`, function () {
        if (!held) this.skip();
        expect(countOf(held, (kind) => kind === 'AttributePart')).to.be.at.most(attributeParts);
      });

      it(`keeps at most ${templateInstances} template instances on its first step`, function () {
        if (!held) this.skip();
        expect(countOf(held, (kind) => kind === 'TemplateInstance')).to.be.at.most(templateInstances);
      });

      it('makes its calls’ task, its session’s deadline and the fetch adapter of its endpoint when first used', function () {
        if (!held) this.skip();
        const made = (kind: string): number => countOf(held!, (k) => k === kind);
        expect({ AdapterTask: made('AdapterTask'), Deadline: made('Deadline'), FetchHostAdapter: made('FetchHostAdapter') }).to.deep.equal({
          AdapterTask: 0,
          Deadline: 0,
          FetchHostAdapter: 0,
        });
      });
    });
  }
});
