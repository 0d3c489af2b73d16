import { textsReady } from './localization.js';
import { translationsPending } from './texts.js';

/**
 * Registers a custom element once; defining the same tag again is a no-op (two bundles on one page).
 * While the texts of the page's locale are still loading (`<html lang="en">`: English comes in its
 * own file), the element is defined once they are in, so its first render is already in English
 * instead of Dutch and then English.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const define = () => {
    if (!customElements.get(tag)) customElements.define(tag, constructor);
  };
  if (translationsPending()) void textsReady().then(define);
  else define();
}
