/** Registers a custom element once; defining the same tag again is a no-op (two bundles on one page). */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
