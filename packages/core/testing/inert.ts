/**
 * Checks that user text stayed text: nothing in an element's shadow trees (nested instruments
 * included) or in an export was turned into markup, a script, an event handler or a link that
 * did not come from a validated value.
 */

/** The element's shadow root and every shadow root inside it, depth first. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return roots;
}

/** All text a person can see or edit: text nodes and the values of form fields, in every shadow root. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) parts.push(field.value);
  }
  return parts.join('\n');
}

const forbiddenElements = 'script, iframe, frame, object, embed, base, meta, foreignObject, use[href^="data:"], portal';
const linkAttributes = ['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'poster', 'ping'];
const tel = /^tel:\+?[0-9]+$/;
const mailto = /^mailto:[^\s?#<>"'`]+@[^\s?#@<>"'`/]+$/;

/** Problems with one link address: only http(s), validated tel:/mailto:, blob:, images as data: and fragments. */
export function linkProblem(name: string, value: string): string | null {
  const trimmed = value.trim();
  if (name === 'srcdoc') return `srcdoc="${value}"`;
  if (trimmed.startsWith('#') || trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed, document.baseURI);
  } catch {
    return `${name}="${value}" is not an address`;
  }
  switch (url.protocol) {
    case 'http:':
    case 'https:':
    case 'blob:':
      return null;
    case 'data:':
      return /^data:image\/(png|jpeg|gif|webp);/i.test(trimmed) ? null : `${name}="${value}"`;
    case 'tel:':
      return tel.test(trimmed) ? null : `${name}="${value}" is not a validated phone number`;
    case 'mailto:':
      return mailto.test(trimmed) ? null : `${name}="${value}" is not a validated e-mail address`;
    default:
      return `${name}="${value}" uses ${url.protocol}`;
  }
}

/** Everything in `root` (an element, document or fragment) that user text could have become. */
export function markupProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const bad of root.querySelectorAll(forbiddenElements)) problems.push(`<${bad.localName}> element`);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      if (linkAttributes.includes(attr.name.toLowerCase())) {
        const problem = linkProblem(attr.name, attr.value);
        if (problem) problems.push(`<${el.localName}> ${problem}`);
      }
      if (attr.name === 'style' && /url\(|expression\(/i.test(attr.value)) problems.push(`<${el.localName} style="${attr.value}">`);
    }
    if (el.localName === 'img' && !/^(blob:|data:image\/)/.test(el.getAttribute('src') ?? '')) problems.push(`<img src="${el.getAttribute('src')}">`);
  }
  return problems;
}

/** Problems in the element (all its shadow roots), plus any script that ran. */
export function inertProblems(el: Element): string[] {
  const problems = shadowRoots(el).flatMap((root) => markupProblems(root));
  if ((globalThis as { __naInjected?: unknown }).__naInjected !== undefined) problems.push('injected script ran');
  return problems;
}

/** Problems in an SVG file: it must parse, and contain no script, handler, foreign content or outside link. */
export function svgProblems(text: string): string[] {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  if (doc.querySelector('parsererror')) return ['the SVG does not parse'];
  return markupProblems(doc);
}

/** The cells of a CSV text (any separator of ; or ,, quoted cells with "" escapes). */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.startsWith('\ufeff') ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';' || c === ',' || c === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += c;
  }
  if (cell) cells.push(cell);
  return cells;
}

/** CSV cells that a spreadsheet would run as a formula. */
export function csvProblems(text: string): string[] {
  return csvCells(text)
    .filter((cell) => /^[=+\-@\t\r]/.test(cell))
    .map((cell) => `CSV cell read as a formula: ${JSON.stringify(cell)}`);
}

/**
 * Markdown in which user text could become HTML, a link or an image: every `<`, `[` and `]`
 * must be escaped with a backslash (the generator itself writes none).
 */
export function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  const unescaped = /(^|[^\\])((?:\\\\)*)([<[\]])/g;
  for (const match of text.matchAll(unescaped)) problems.push(`unescaped ${match[3]} in Markdown near ${JSON.stringify(text.slice(Math.max(0, match.index! - 20), match.index! + 20))}`);
  return problems;
}

const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;
const isolating = new Set(['isolate', 'isolate-override', 'plaintext']);
/** Elements whose text is not laid out in a line with other text (or not shown at all). */
const ownParagraph = new Set(['textarea', 'title', 'desc', 'style', 'option']);

/** `text` without the parts isolated in it (LRI, RLI or FSI up to the matching PDI). */
function outsideIsolates(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c >= '\u2066' && c <= '\u2068') depth++;
    else if (c === '\u2069' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/**
 * Places where `probe` (user text ending in a bidi override, e.g. 'Jan \u202E06') could reorder
 * the text shown after it. It may not: either it is isolated inside its string (isolate(): FSI…PDI),
 * or nothing visible follows it in an element that isolates (`unicode-bidi: isolate`, as `<bdi>`).
 * Otherwise an override in a name would reverse the phone number after it.
 */
export function bidiProblems(el: Element, probe: string): string[] {
  const problems: string[] = [];
  const visible = (n: Node) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
  for (const root of shadowRoots(el)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      const parent = text.parentElement;
      const bare = outsideIsolates(text.data);
      if (!bare.includes(probe) || !bidiControl.test(probe) || !parent || ownParagraph.has(parent.localName)) continue;
      const where = `<${parent.localName}${parent.classList.length ? `.${[...parent.classList].join('.')}` : ''}> in <${(root.host as Element).localName}> ${JSON.stringify(text.data.slice(0, 40))}`;
      const style = getComputedStyle(parent);
      const bidi = style.unicodeBidi;
      // A kept line break ends a bidi paragraph (and with it any override); elsewhere it is a space.
      const lines = /^(pre|pre-wrap|pre-line|break-spaces)$/.test(style.whiteSpace);
      const rest = bare.slice(bare.indexOf(probe) + probe.length);
      const after = (lines ? rest.split('\n')[0]! : rest).trim();
      let next: Node | null = lines && rest.includes('\n') ? null : text.nextSibling;
      while (next && !visible(next)) next = next.nextSibling;
      if (!isolating.has(bidi)) problems.push(`${where}: not isolated (unicode-bidi: ${bidi})`);
      else if (after || next) problems.push(`${where}: followed by ${JSON.stringify(after || (next as Element).outerHTML?.slice(0, 40) || next!.textContent)} in the same element`);
    }
  }
  return problems;
}
