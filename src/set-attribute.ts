/**
 * Sets an attribute, or removes it for `null`. An unchanged value is left alone, as a template
 * binding would: a write restyles the element, and assistive technology hears of nothing new.
 */
export function setAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
