/**
 * Browser side of `npm run bench`. Timings are medians (with p95, min and max) of ≥ 30 samples;
 * the issue 32 figures are the medians of 3 runs with the runs' spread, empty and filled, at 1280
 * and 390 px.
 * - First render is compared with the physical limit: the same final markup and styles inserted
 *   as static HTML into a shadow root, each timed window in its own task after a rendered frame,
 *   the two sides alternating pair by pair, on a cross-origin-isolated page (fine clock).
 * - Interaction: one user edit (a click on a checkbox or radio, or one character typed), through
 *   the element's own event handlers, from the input event to the next painted frame, with 4× CPU
 *   throttling, beside the same edit of a plain control on the same page (bench/frame.ts).
 * - Long tasks and layout shift: dist/niet-alleen.bundle.js (and, for long tasks, the loader
 *   dist/niet-alleen.js) loaded into a fresh page (an iframe, the file
 *   exactly as it ships) and one element rendered there, with 4× CPU throttling.
 * - Memory: 50 mount/unmount cycles, DOM nodes and JS heap after a forced GC.
 * Server commands (bench/web-test-runner.bench.config.js) give what only the browser driver can.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { phaseIds } from '@niet-alleen/werkwijze';
import { editFrameRows, editFrameRuns, frames, painted, plainControls, timeEdit } from './frame.js';

export interface Row {
  element: string;
  metric: string;
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number;
  unit: string;
  note?: string;
}

export const samples = 40;

export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

export const throttle = (rate: number) => executeServerCommand('bench-throttle', { rate });
export const gc = () => executeServerCommand<{ heapUsed: number; nodes: number; listeners: number }, undefined>('bench-gc');
export const heapObjects = () => executeServerCommand<{ objects: number; code: number }, undefined>('bench-heap-objects');
export const report = (rows: Row[]) => executeServerCommand('bench-report', { rows });

export const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
export type Lit = HTMLElement & { updateComplete: Promise<unknown>; value: unknown };

export async function create(tag: string, value: unknown, host: HTMLElement): Promise<Lit> {
  const el = host.ownerDocument.createElement(tag) as Lit;
  if (value !== undefined) el.value = value;
  host.append(el);
  await el.updateComplete;
  void el.offsetHeight; // layout
  return el;
}

/**
 * The final DOM of a rendered element as static parts: its shadow root's markup and style sheets,
 * and the same for every element with a shadow root inside it (an instrument inside the werkwijze
 * dossier), which becomes a plain <div> host in the markup so that nothing upgrades or renders.
 */
interface Snapshot {
  markup: string;
  sheets: CSSStyleSheet[];
  nested: Snapshot[];
}

function snapshot(root: ShadowRoot): Snapshot {
  const hosts = [...root.querySelectorAll('*')].filter((e) => e.shadowRoot);
  const template = document.createElement('template');
  template.innerHTML = root.innerHTML; // inert: nothing in a template upgrades
  const copies = [...template.content.querySelectorAll('*')].filter((e) => e.localName.includes('-') && hosts.some((h) => h.localName === e.localName));
  copies.forEach((copy, i) => {
    const div = document.createElement('div');
    for (const a of copy.attributes) div.setAttribute(a.name, a.value);
    div.setAttribute('data-static-host', String(i));
    div.append(...copy.childNodes);
    copy.replaceWith(div);
  });
  return { markup: template.innerHTML, sheets: root.adoptedStyleSheets, nested: hosts.map((h) => snapshot(h.shadowRoot!)) };
}

function insertStatic(snap: Snapshot, root: ShadowRoot): void {
  root.adoptedStyleSheets = snap.sheets;
  root.innerHTML = snap.markup; // benchmark only: our own rendered markup
  if (!snap.nested.length) return;
  const hosts = root.querySelectorAll('[data-static-host]');
  snap.nested.forEach((n, i) => insertStatic(n, hosts[i]!.attachShadow({ mode: 'open' })));
}

/** The two page widths of issue 32: a laptop and a phone. */
export const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
export const runs = 3;
export const pairs = 20;

/** Whether the page is cross-origin isolated (the bench config sends COOP/COEP), so performance.now() is fine-grained. */
export const isolated = () => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
const clockNote = () => (isolated() ? 'crossOriginIsolated' : 'NOT crossOriginIsolated: coarse clock (100 µs)');

/**
 * First render ÷ the same markup and styles as static HTML (nested shadow roots included), issue 32
 * item 6. Every timed window starts in its own task after a rendered frame (`painted()`: a rAF, then
 * a user-blocking task), and the two sides alternate which goes first pair by pair: a static copy
 * timed straight after the element, in the same task, ran on warm caches and looked up to 40 %
 * cheaper than it is. 3 runs of 20 pairs at each width; each run's ratio is its element median ÷ its
 * static median; the figure is the median of the runs, with their min–max.
 * `state`: 'empty' (no value: the view a page shows first) or 'filled' (the example value).
 */
export async function renderRatio(tag: string, value: unknown, state: 'empty' | 'filled'): Promise<Row[]> {
  const rows: Row[] = [];
  const host = document.createElement('div');
  document.body.append(host);
  try {
    for (const viewport of viewports) {
      await setViewport(viewport);
      const probe = await create(tag, value, host);
      await painted();
      const snap = snapshot(probe.shadowRoot!);
      probe.remove();
      const timeElement = async () => {
        await painted();
        const t = performance.now();
        const el = await create(tag, value, host);
        const ms = performance.now() - t;
        el.remove();
        return ms;
      };
      const timeStatic = async () => {
        await painted();
        const t = performance.now();
        const div = document.createElement('div');
        host.append(div);
        insertStatic(snap, div.attachShadow({ mode: 'open' }));
        void div.offsetHeight;
        const ms = performance.now() - t;
        div.remove();
        return ms;
      };
      const perRun: { ratio: number; element: number; static: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const element: number[] = [];
        const staticHtml: number[] = [];
        for (let i = 0; i < pairs; i++) {
          if (i % 2 === 0) {
            element.push(await timeElement());
            staticHtml.push(await timeStatic());
          } else {
            staticHtml.push(await timeStatic());
            element.push(await timeElement());
          }
        }
        const e = stats(element).median;
        const s = stats(staticHtml).median;
        perRun.push({ ratio: e / s, element: e, static: s });
      }
      const ratios = stats(perRun.map((r) => r.ratio));
      const mid = (xs: number[]) => stats(xs).median;
      rows.push({
        element: tag,
        metric: `first render ÷ static HTML, ${state}, ${viewport.width} px`,
        median: ratios.median,
        p95: NaN,
        min: ratios.min,
        max: ratios.max,
        samples: runs * pairs,
        unit: '×',
        note: `median of ${runs} runs (min–max columns: the runs' spread), runs ${perRun.map((r) => r.ratio.toFixed(2)).join(' / ')}; element ${mid(perRun.map((r) => r.element)).toFixed(2)} ms, static ${mid(perRun.map((r) => r.static)).toFixed(2)} ms (median of the runs' medians)${snap.nested.length ? `; ${snap.nested.length} nested shadow roots` : ''}; ${clockNote()}`,
      });
    }
  } finally {
    host.remove();
    await setViewport(viewports[0]);
  }
  return rows;
}

/**
 * The werkwijze dossier makes a phase's instruments when the phase is first opened (its first render
 * builds only the phase on screen). This measures that deferred work: a fresh dossier, then one
 * phase opened the first time, until its instruments have rendered and the layout is done.
 */
export async function firstPhaseOpen(value: unknown): Promise<Row[]> {
  type Dossier = Lit & { selectPhase(phase: string): void };
  const phases = phaseIds.slice(1); // the first is on screen from the start
  const host = document.createElement('div');
  document.body.append(host);
  const rows: Row[] = [];
  for (const phase of phases) {
    const times: number[] = [];
    let made = 0;
    for (let i = 0; i < samples; i++) {
      const el = (await create('na-werkwijze', value, host)) as Dossier;
      await frame();
      const t = performance.now();
      el.selectPhase(phase);
      await el.updateComplete;
      const instruments = [...el.shadowRoot!.querySelectorAll(`#panel-${phase} [data-instrument] > *`)] as Lit[];
      await Promise.all(instruments.map((c) => c.updateComplete));
      void el.offsetHeight;
      times.push(performance.now() - t);
      made = instruments.filter((c) => c.localName.startsWith('na-')).length;
      el.remove();
      await frame();
    }
    rows.push({ element: 'na-werkwijze', metric: `open phase ${phases.indexOf(phase) + 2} the first time (its instruments made and rendered, layout)`, ...stats(times), samples, unit: 'ms', note: `${made} instrument${made === 1 ? '' : 's'}` });
  }
  host.remove();
  return rows;
}

/** The form controls in the element's shadow tree (nested instruments included), with their owner. */
function controls(el: Lit): { control: HTMLInputElement | HTMLTextAreaElement; owner: Lit }[] {
  const found: { control: HTMLInputElement | HTMLTextAreaElement; owner: Lit }[] = [];
  const walk = (owner: Lit) => {
    const root = owner.shadowRoot!;
    for (const c of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=checkbox], input[type=radio], input[type=text], input:not([type]), textarea')) {
      if (!c.disabled && !c.readOnly) found.push({ control: c, owner });
    }
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot && 'updateComplete' in e) walk(e as Lit);
  };
  walk(el);
  return found;
}

/** One small user edit on `control`: a click on a checkbox or radio, or one character typed. */
function editOnce(control: HTMLInputElement | HTMLTextAreaElement, i: number): void {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    if (control.type === 'radio') {
      const group = [...(control.getRootNode() as ShadowRoot).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${control.name}"]`)];
      group[i % group.length]!.click();
    } else control.click();
    return;
  }
  control.value += String.fromCharCode(97 + (i % 26));
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
}

const label = (c: Element) => `${c.localName}${c.getAttribute('type') ? `[type=${c.getAttribute('type')}]` : ''}`;

const isClick = (c: Element) => c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio');

/**
 * One user edit → the next painted frame (issue 32 item 6), at 4× CPU throttling, beside a plain
 * control of the same kind on the same page (a plain checkbox for clicks, a plain text field for a
 * typed character), interleaved sample by sample, 3 runs of 20 at each width (bench/frame.ts). The
 * control is the first one whose edit makes the element fire na-change (tried once each,
 * unthrottled, before measuring). This replaces the old "user edit → updateComplete" row: that
 * missed the style, layout and paint after Lit's render; its figure is still in the element row's
 * note ("input → updateComplete"), so the split between script and rendering stays visible.
 */
export async function editFrame(tag: string, value: unknown, state: 'empty' | 'filled', attributes: Record<string, string> = {}): Promise<Row[]> {
  const rows: Row[] = [];
  const rate = 4;
  const attrs = Object.keys(attributes).length ? ` (${Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ')})` : '';
  for (const viewport of viewports) {
    await setViewport(viewport);
    const metric = `user edit, ${state}, ${viewport.width} px: input → painted frame`;
    const trial = document.createElement('div');
    document.body.append(trial);
    const found = await editable(tag, value, attributes, trial);
    trial.remove();
    if (!found) {
      rows.push({ element: tag, metric, median: NaN, p95: NaN, min: NaN, max: NaN, samples: 0, unit: 'ms', note: 'no control whose edit fires na-change' });
      continue;
    }
    const click = isClick(found.control);
    const what = `${label(found.control)}${found.owner === found.el ? '' : ` in ${found.owner.localName}`}`;
    if (traced || profiled) {
      // Traced instead of timed: a trace or profile slows every edit it records.
      await traceEdits(tag, value, attributes, state, viewport.width, click, rate);
      continue;
    }
    let changes = 0;
    const { edits, plain } = await editFrameRuns({ runs, perRun: pairs, rate, kind: click ? 'click' : 'type' }, async (host) => {
      // Every run on a fresh element, in the state the trial left it: one edit made (unthrottled).
      const { el, owner, index, control: first } = (await editable(tag, value, attributes, host))!;
      el.addEventListener('na-change', () => changes++);
      return async (i) => {
        // A control found by the probe may have been re-rendered: look it up again by its position.
        const control = first.isConnected ? first : (controls(el)[index]?.control ?? first);
        if (!click) control.focus();
        await frames(1);
        // Listened for at the control's shadow root: a radio group's click lands on another radio each time.
        return timeEdit(control.getRootNode(), click ? 'click' : 'input', async () => editOnce(control, i + 1), async () => {
          await owner.updateComplete;
          await el.updateComplete;
        });
      };
    });
    const [e, p, adds] = editFrameRows(tag, metric, `plain ${click ? 'checkbox clicked' : 'text field, one character typed'} beside it, ${state}, ${viewport.width} px`, edits, plain, { rate, runs });
    e!.note = `${what}${attrs}; ${changes} na-change in ${runs * pairs} edits; ${e!.note}`;
    adds!.metric = `edit, ${state}, ${viewport.width} px: ${adds!.metric}`;
    rows.push(e!, p!, adds!);
  }
  await setViewport(viewports[0]);
  return rows;
}

const { __benchTrace: traced = false, __benchProfile: profiled = false } = window as Window & { __benchTrace?: boolean; __benchProfile?: boolean };

/**
 * BENCH_TRACE=1 (a DevTools timeline trace) or BENCH_PROFILE=1 (a CPU profile), instead of the timed runs:
 * 10 edits of the element and then 10 of the plain control, each under its own trace (not timed);
 * prints the main thread's self time per event (script, style, layout, paint, …) or per function,
 * per edit, so what an edit costs beyond the plain control is seen rather than guessed.
 */
async function traceEdits(tag: string, value: unknown, attributes: Record<string, string>, state: string, width: number, click: boolean, rate: number) {
  const host = document.createElement('div');
  document.body.append(host);
  const plain = plainControls(host);
  const { el, owner, index, control: first } = (await editable(tag, value, attributes, host))!;
  await frames(3);
  const n = 10;
  const elementEdit = async (i: number) => {
    const control = first.isConnected ? first : (controls(el)[index]?.control ?? first);
    if (!click) control.focus();
    await frames(1);
    await timeEdit(control.getRootNode(), click ? 'click' : 'input', async () => editOnce(control, i + 1), () => owner.updateComplete);
  };
  const plainEdit = (i: number) => (click ? plain.click() : plain.type(i));
  await throttle(rate);
  try {
    for (const [who, edit] of [['element', elementEdit], ['plain', plainEdit]] as const) {
      const label = `edit-${tag}-${state}-${width}-${who}`;
      const command = traced ? 'bench-trace' : 'bench-profile';
      await executeServerCommand(command, { action: 'start' });
      for (let i = 0; i < n; i++) await edit(i);
      const result = await executeServerCommand<{ name: string; ms: number }[] | { total: number; top: { fn: string; ms: number }[] }, object>(command, { action: 'stop', label, top: 30 });
      const top = Array.isArray(result) ? result.map((t) => ({ name: t.name, ms: t.ms })) : result.top.map((t) => ({ name: t.fn, ms: t.ms }));
      const lines = top.map((t) => `${(t.ms / n).toFixed(2).padStart(7)} ms  ${t.name}`).join('\n');
      await executeServerCommand('bench-log', { text: `${label} (${rate}×): main-thread self time per edit (with the frames around it):\n${lines}` });
    }
  } finally {
    await throttle(1);
    host.remove();
  }
}

/**
 * The element in `host` with its value and attributes, and the first of its controls whose edit
 * makes it fire na-change (each tried once, in order), or undefined when none does.
 */
async function editable(tag: string, value: unknown, attributes: Record<string, string>, host: HTMLElement) {
  const el = host.ownerDocument.createElement(tag) as Lit;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (value !== undefined) el.value = structuredClone(value);
  host.append(el);
  await el.updateComplete;
  let changed = false;
  el.addEventListener('na-change', () => (changed = true));
  for (const [index, { control, owner }] of controls(el).slice(0, 40).entries()) {
    editOnce(control, 0);
    await owner.updateComplete;
    await el.updateComplete;
    if (changed) return { el, control, owner, index };
  }
  return undefined;
}

/** A fresh page that loads the shipped bundle; `body` is its markup. Resolves once the elements are defined. */
let loads = 0;
const bundleFile = 'niet-alleen.bundle.js';
/** `loader`: the loader (dist/niet-alleen.js, each package from chunks/ when its tag appears) instead of the single file (dist/niet-alleen.bundle.js). */
export async function bundlePage(body: string, head = '', delay = 0, { loader = false, waitFor = 'na-werkwijze' as string | null } = {}): Promise<HTMLIFrameElement> {
  // A new URL each time (and no-store): every load is a first visit, with no memory or code cache.
  const src = `/bench-bundle/${++loads}/${loader ? 'niet-alleen.js' : bundleFile}${delay ? `?delay=${delay}` : ''}`;
  const f = document.createElement('iframe');
  f.style.inlineSize = '1000px';
  f.style.blockSize = '800px';
  f.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">${head}<script type="module" src="${src}"></script></head><body>${body}</body></html>`;
  document.body.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  // The load event waits for module scripts; the loader then still has to fetch the chunks.
  if (waitFor) await f.contentWindow!.customElements.whenDefined(waitFor);
  return f;
}

/** Long tasks (reported to this page, which shares its event loop with the iframe) while `run` runs. */
export async function longTasksDuring(run: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  await throttle(4);
  try {
    await run();
    await frame();
    await new Promise((r) => setTimeout(r, 200)); // let the observer deliver
  } finally {
    await throttle(1);
  }
  observer.disconnect();
  return durations;
}

export const longTaskRepeats = 5;

/** Total Blocking Time of one run: the time of each task beyond 50 ms, summed. */
export const blockingTime = (durations: number[]) => durations.reduce((t, d) => t + Math.max(0, d - 50), 0);

/** The longest task and the Total Blocking Time of each run, as two rows (median and spread over the runs). */
export function taskRows(element: string, what: string, runs: number[][]): Row[] {
  const count = runs.flat().length;
  const note = `${count} tasks > 50 ms in ${runs.length} runs`;
  return [
    { element, metric: `longest task: ${what} (4× CPU throttle)`, ...stats(runs.map((d) => Math.max(0, ...d))), samples: runs.length, unit: 'ms', note },
    { element, metric: `Total Blocking Time: ${what} (4× CPU throttle)`, ...stats(runs.map(blockingTime)), samples: runs.length, unit: 'ms', note: 'sum of task time over 50 ms' },
  ];
}

/**
 * Loading dist/niet-alleen.bundle.js (or the loader) into a fresh page, then rendering `tag` there, with 4× CPU
 * throttling: the longest task and the Total Blocking Time of each of 5 runs.
 */
export async function longTasks(tag: string | null, value: unknown, { loader = false } = {}): Promise<Row[]> {
  const runs: number[][] = [];
  for (let i = 0; i < longTaskRepeats; i++) {
    let f: HTMLIFrameElement | undefined;
    const durations = await longTasksDuring(async () => {
      // The loader loads a package when its tag is in the page, so the element is in the markup.
      f = loader ? await bundlePage(tag ? `<${tag}></${tag}>` : '', '', 0, { loader, waitFor: tag }) : await bundlePage('');
      if (tag && loader) {
        const el = f.contentDocument!.querySelector(tag) as Lit;
        el.value = (f.contentWindow as Window & typeof globalThis).JSON.parse(JSON.stringify(value));
        await el.updateComplete;
        void el.offsetHeight;
        await new Promise((r) => f!.contentWindow!.requestAnimationFrame(r));
      } else if (tag) {
        const win = f.contentWindow as Window & typeof globalThis;
        const el = await create(tag, win.JSON.parse(JSON.stringify(value)), f.contentDocument!.body);
        await new Promise((r) => f!.contentWindow!.requestAnimationFrame(r));
        void el;
      }
    });
    f?.remove();
    runs.push(durations);
  }
  const what = loader ? 'loader' : 'bundle';
  return taskRows(tag ?? (loader ? 'niet-alleen.js (loader)' : bundleFile), tag ? `load ${what} + render` : `load ${what} only`, runs);
}

/**
 * Layout shift when the element upgrades: a page with a heading, the (empty) element and a
 * screenful of text after it loads the bundle 300 ms late, as over a network, so the page paints
 * before the upgrade. Reported: the page's CLS (sum of layout-shift values) without and with the
 * `:not(:defined)` reserved space that docs/organisaties/README.md recommends.
 */
export const reservedSpace = '100vh';

export async function layoutShift(tag: string): Promise<Row[]> {
  const rows: Row[] = [];
  const text = '<p>Tekst onder het instrument, zoals op een gewone webpagina van een welzijnsorganisatie.</p>'.repeat(30);
  const cases = [['no reserved space', ''], ['with :not(:defined) reserved space', `<style>${tag}:not(:defined){display:block;min-block-size:${reservedSpace}}</style>`]] as const;
  for (const [label, head] of cases) {
    const values: number[] = [];
    for (let i = 0; i < 5; i++) {
      const probe = `<script>window.__cls=0;new PerformanceObserver(l=>l.getEntries().forEach(e=>{if(!e.hadRecentInput)window.__cls+=e.value})).observe({type:'layout-shift',buffered:true})</script>`;
      const f = await bundlePage(`<h1>Pagina</h1><${tag}></${tag}>${text}`, probe + head, 300);
      const el = f.contentDocument!.querySelector(tag) as Lit;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      values.push((f.contentWindow as Window & { __cls: number }).__cls);
      f.remove();
    }
    rows.push({ element: tag, metric: `CLS on upgrade, ${label}`, ...stats(values), samples: 5, unit: 'score', note: head ? `min-block-size: ${reservedSpace}` : undefined });
  }
  return rows;
}

/** The block size of the empty element at 1000 px, for the reserved-space guidance. */
export async function emptyHeight(tag: string): Promise<number> {
  const host = document.createElement('div');
  host.style.inlineSize = '1000px';
  document.body.append(host);
  const el = await create(tag, undefined, host);
  const h = el.getBoundingClientRect().height;
  host.remove();
  return h;
}

/**
 * 50 mount/unmount cycles, twice: growth of DOM nodes and JS heap after a forced GC over the first
 * 50 and over the next 50. A leak grows in both windows; a one-off cache only in the first.
 * `memory(null)` runs the same loop without an element (one frame per cycle): what the harness
 * itself adds, to read the other rows against.
 */
export async function memory(tag: string | null, value: unknown): Promise<Row[]> {
  const host = document.createElement('div');
  document.body.append(host);
  const mount = async () => (tag ? (await create(tag, value, host)).remove() : frame());
  const cycles = async () => {
    for (let i = 0; i < 50; i++) await mount();
    await frame();
    return gc();
  };
  for (let i = 0; i < 5; i++) await mount();
  const before = await gc();
  const mid = await cycles();
  const after = await cycles();
  // The same windows once more, read from heap snapshots without V8's compiled code: the heap
  // figures above include the code the optimising compilers add while the loop warms up.
  const objectsBefore = await heapObjects();
  await cycles();
  const objectsMid = await heapObjects();
  await cycles();
  const objectsAfter = await heapObjects();
  host.remove();
  const element = tag ?? 'harness only (no element)';
  // Both windows in one row: the first in the median column, the second in the p95 column.
  const growth = (metric: string, first: number, second: number, unit: string, windows: string, source = ''): Row => ({
    element, metric: `${metric} over 50 mount/unmount cycles${source}`, median: first, p95: second, min: NaN, max: NaN, samples: 50, unit, note: `median column: cycles ${windows}`,
  });
  const early = '1–50, p95 column: cycles 51–100';
  const late = '101–150, p95 column: cycles 151–200';
  return [
    growth('DOM node growth', mid.nodes - before.nodes, after.nodes - mid.nodes, 'nodes', early),
    growth('JS heap growth', (mid.heapUsed - before.heapUsed) / 1024, (after.heapUsed - mid.heapUsed) / 1024, 'kB', early),
    growth('JS objects growth', (objectsMid.objects - objectsBefore.objects) / 1024, (objectsAfter.objects - objectsMid.objects) / 1024, 'kB', late, ' (heap snapshot, compiled code excluded)'),
    growth('compiled code growth', (objectsMid.code - objectsBefore.code) / 1024, (objectsAfter.code - objectsMid.code) / 1024, 'kB', late, ' (heap snapshot)'),
  ];
}
