/**
 * dist/niet-alleen.js, the one line to embed: loads each package only when the page uses one of its
 * elements, as Shoelace's autoloader does. The page loads Lit, zod and core first; every `na-*` tag
 * that appears in the document (now or later: a MutationObserver watches the whole document) then
 * loads its package from chunks/ beside this file, which registers its elements. Dutch is in every
 * package; English (each locale but Dutch) is a chunk of its own per package, loaded when
 * `<html lang>` or `setLocale()` asks for it. Same origin, no inline code and no DOM sink, so a strict
 * `script-src 'self'` with Trusted Types allows it. It exports core's API (setLocale, setTexts,
 * clearStoredData, …); dist/niet-alleen.bundle.js (src/index.ts) is everything in one file.
 */
export * from '@niet-alleen/core';

type Importer = () => Promise<unknown>;
const packages: [Importer, string[]][] = [
  [() => import('@niet-alleen/ui/define'), ['na-add-item', 'na-button', 'na-checkbox', 'na-empty-state', 'na-error-summary', 'na-note-card', 'na-scale', 'na-section', 'na-text-field', 'na-toolbar']],
  [() => import('@niet-alleen/signaleringskaart/define'), ['na-signaleringskaart']],
  [
    () => import('@niet-alleen/reflectors/define'),
    ['na-reflector', 'na-reflector-vooroordelen', 'na-reflector-eenzaamheid', 'na-reflector-bekend-besluiten-bereiken', 'na-reflector-ondersteuningsvaardigheden', 'na-feedbackformulier'],
  ],
  // One element each: the three share little but their data, and a page mostly shows one.
  [() => import('@niet-alleen/talentenkaart/define/talentenkaart'), ['na-talentenkaart']],
  [() => import('@niet-alleen/talentenkaart/define/talentenkaart-groep'), ['na-talentenkaart-groep']],
  [() => import('@niet-alleen/talentenkaart/define/interesses-waarden'), ['na-interesses-waarden']],
  [() => import('@niet-alleen/netwerkkaart/define'), ['na-netwerkkaart']],
  [() => import('@niet-alleen/partnerschapskaart/define'), ['na-partnerschapskaart']],
  [() => import('@niet-alleen/verwijskaart/define'), ['na-verwijskaart']],
  [() => import('@niet-alleen/werkwijze/define'), ['na-persoonlijk-plan', 'na-werkwijze']],
];

/** Every tag the loader knows, and the package that defines it. */
export const loaderTags: ReadonlyMap<string, Importer> = new Map(packages.flatMap(([load, tags]) => tags.map((t) => [t, load] as const)));

const loadFor = (el: Element) => void loaderTags.get(el.localName)?.(); // import() again: the same promise

function discover(root: ParentNode): void {
  for (const el of root.querySelectorAll(':not(:defined)')) loadFor(el);
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (!node.matches(':defined')) loadFor(node);
        discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
