/** Bidi controls: embeddings and overrides (U+202A–202E) and isolates (U+2066–2069). */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * User text to put inside a longer string (a sentence, a list, a line of an export), isolated
 * with FSI…PDI (U+2068, U+2069) when it holds bidi controls: then an override typed into a name
 * ends where the name ends, as it does in an element (base styles isolate every element, as
 * `<bdi>` does). A PDI in the text that would close the wrapper early is dropped, and isolates
 * the text leaves open are closed. Text without bidi controls is returned as it is.
 */
export function isolate(text: string): string {
  if (!bidiControls.test(text)) return text;
  let open = 0;
  let inner = '';
  for (const c of text) {
    if (c >= '\u2066' && c <= '\u2068') open++;
    else if (c === '\u2069') {
      if (open === 0) continue;
      open--;
    }
    inner += c;
  }
  return `\u2068${inner}${'\u2069'.repeat(open)}\u2069`;
}
