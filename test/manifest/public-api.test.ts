// custom-elements.json documents the public API only: the package's entry modules, public
// members, types spelled with names a consumer can import, and the language rule on every element.
import { expect } from '@open-wc/testing';
import * as mainEntry from '../../src/index.js';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  type?: { text: string };
  parameters?: Item[];
  return?: { type?: { text: string } };
  description?: string;
}

const manifest = await (await fetch('/custom-elements.json')).json();
const pkg = await (await fetch('/package.json')).json();
const declarations = manifest.modules.flatMap((m: { declarations?: Item[] }) => m.declarations ?? []);
const elements = declarations.filter((d: { tagName?: string }) => d.tagName);

/** Every type text of a declaration's members, attributes, parameters and events. */
function typeTexts(declaration: Record<string, Item[] | undefined>): string[] {
  const items = ['members', 'attributes', 'events'].flatMap((key) => declaration[key] ?? []);
  return items.flatMap((item) => [item.type?.text, item.return?.type?.text, ...(item.parameters ?? []).map((p) => p.type?.text)]).filter((t): t is string => !!t);
}

describe('custom-elements.json: the public API only', () => {
  it('has one module per entry of package.json exports, at its published path', () => {
    const published = Object.values(pkg.exports as Record<string, string | { default?: string }>)
      .map((t) => (typeof t === 'string' ? t : t.default))
      .map((p) => p?.replace(/^\.\//, ''));
    for (const module of manifest.modules) expect(published, module.path).to.include(module.path);
  });

  it('documents the four public elements and what the main entry exports', () => {
    expect(elements.map((e: { tagName: string }) => e.tagName).sort()).to.deep.equal(['otp-confirm', 'otp-enroll', 'otp-suspend', 'otp-token-field']);
    const names = new Set(declarations.map((d: Item) => d.name));
    for (const name of Object.keys(mainEntry)) expect(names.has(name), name).to.equal(true);
  });

  it('lists no private, protected or internal members, and no type parameters or internal names in types', () => {
    for (const declaration of declarations) {
      for (const member of declaration.members ?? []) {
        expect(member.privacy ?? 'public', `${declaration.name}.${member.name}`).to.equal('public');
        expect(member.name, declaration.name).not.to.match(/^[#_]/);
      }
      for (const text of typeTexts(declaration)) {
        expect(text, declaration.name).not.to.match(/\b[A-Z]\b/); // e.g. Partial<S>
        expect(text, declaration.name).not.to.match(/\b(LayoutSetting|SoftKeyboardSetting|StepName|Layout)\b/);
      }
    }
  });

  it("types each element's strings with its own public strings type", () => {
    const strings = Object.fromEntries(elements.map((e: { tagName: string; members: Item[] }) => [e.tagName, e.members.find((m) => m.name === 'strings')?.type?.text]));
    expect(strings).to.deep.equal({
      'otp-confirm': 'Partial<ConfirmStrings>',
      'otp-enroll': 'Partial<EnrollStrings>',
      'otp-suspend': 'Partial<SuspendStrings>',
      'otp-token-field': 'Partial<TokenFieldStrings>',
    });
  });

  it('documents lang on every element, inherited from HTMLElement, with how the language is chosen', () => {
    for (const element of elements) {
      const lang = element.attributes.find((a: Item) => a.name === 'lang');
      expect(lang?.inheritedFrom?.name, element.tagName).to.equal('HTMLElement');
      expect(lang.description).to.include('own `lang`').and.include('ancestor').and.include('<html lang>').and.include('Japanese');
    }
  });
});
