import { langTag } from './i18n/localize.js';

const reported = new WeakMap<Element, Set<string>>();

/**
 * Tells the page's developer what to fix, once per element and problem, in the console: the
 * customer meanwhile sees the element's own message (e.g. "not available"). Never holds a secret:
 * only attribute values the page itself wrote.
 */
export function reportMisconfiguration(element: Element, problem: string, fix: string): void {
  const seen = reported.get(element) ?? new Set<string>();
  reported.set(element, seen);
  if (seen.has(problem)) return;
  seen.add(problem);
  console.error(`<${element.localName}>: ${fix}`);
}

/** Reports a `lang` the elements do not ship (they show English for it), naming the way to give its text. */
export function checkLang(element: Element): void {
  const tag = langTag(element).trim();
  if (!tag || /^(ja|en)(-|$)/i.test(tag)) return;
  reportMisconfiguration(element, `lang=${tag}`, `lang "${tag}" is not shipped (ja, en): showing English. Give your text with the strings property.`);
}

/** Reports an attribute whose value is not one of `allowed`, naming them and what is used instead. */
export function checkChoice(element: Element, attribute: string, allowed: readonly string[], fallback: string): void {
  const value = element.getAttribute(attribute);
  if (value === null || allowed.includes(value)) return;
  reportMisconfiguration(
    element,
    `${attribute}=${value}`,
    `${attribute}="${value}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}; using "${fallback}".`,
  );
}
