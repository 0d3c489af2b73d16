/**
 * Printing one element, not the host page: while printing, a document-level stylesheet
 * (a constructable sheet, so a strict CSP allows it) hides everything but the target.
 */
export type PageSize = 'A4' | 'A4 landscape' | 'A3 landscape';

let sheet: CSSStyleSheet | undefined;

function printSheet(size: PageSize): CSSStyleSheet {
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(`
    @page { size: ${size}; margin: 12mm; }
    @media print {
      html.na-printing body * { visibility: hidden !important; }
      html.na-printing [data-na-print-target],
      html.na-printing [data-na-print-target] * { visibility: visible !important; }
      html.na-printing [data-na-print-target] {
        position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important;
        inline-size: 100% !important; margin: 0 !important;
      }
    }`);
  return sheet;
}

export function printElement(element: HTMLElement, size: PageSize = 'A4'): void {
  const doc = element.ownerDocument;
  const css = printSheet(size);
  if (!doc.adoptedStyleSheets.includes(css)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, css];
  element.setAttribute('data-na-print-target', '');
  doc.documentElement.classList.add('na-printing');
  const done = () => {
    element.removeAttribute('data-na-print-target');
    doc.documentElement.classList.remove('na-printing');
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== css);
  };
  doc.defaultView?.addEventListener('afterprint', done, { once: true });
  doc.defaultView?.print();
}
