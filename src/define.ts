/**
 * Registers a tag unless it already is: a bank portal often loads several micro-frontends that
 * each bring their own copy of these elements, and a second `define` would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
