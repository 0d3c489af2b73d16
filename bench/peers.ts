/**
 * Our reflector page beside SurveyJS's page for the same grid (issue 32), measured in the same run,
 * the two pages alternately:
 * - ours: a page with <na-reflector-eenzaamheid> in its markup and the loader dist/niet-alleen.js, which
 *   loads the reflectors' package (the page of docs/size.md);
 * - SurveyJS: a page that loads survey-core, its Dutch strings, survey-js-ui and the default theme's
 *   CSS from node_modules (scripts/peers.js) and renders one matrix question with the reflector's 11
 *   statements as rows and its 3 answers as columns, as a SurveyJS user writes it.
 * Both grids are empty (nothing answered yet), in Dutch. Our reflector shows more than the grid (its
 * introduction, the dated fillings, an own statement, 'Hier wil ik over praten'): that only counts
 * against us.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { eenzaamheidDefinition } from '@niet-alleen/reflectors';
import { bundlePage, create, frame, longTasksDuring, samples, stats, taskRows, type Lit, type Row } from './harness.js';

interface SurveyJsFiles {
  scripts: string[];
  styles: string[];
  version: string;
}
/** From bench/web-test-runner.bench.config.js (scripts/peers.js). */
const files = (window as Window & { __benchSurveyJs?: SurveyJsFiles }).__benchSurveyJs!;

const tag = 'na-reflector-eenzaamheid';
const ours = `${tag} (loader page)`;
const surveyJs = `SurveyJS ${files.version} (matrix question, same 11×3 grid)`;
/** Cold loads of each page (the machine is shared: more than the elements' 5). */
const repeats = 7;
/** 11 statements × 3 answers. */
const gridRadios = 33;

/** The reflector's grid as a SurveyJS survey: its statements as rows, its scale as columns, Dutch. */
export function surveyJson() {
  const d = eenzaamheidDefinition();
  return {
    locale: 'nl',
    title: d.title,
    description: d.warning,
    elements: [{
      type: 'matrix',
      name: d.id,
      title: d.statementsLabel,
      columns: d.scale!.options.map((o) => ({ value: o.value, text: o.label })),
      rows: d.statements!.map((s) => ({ value: s.id, text: s.text })),
    }],
  };
}

type SurveyWindow = Window & typeof globalThis & { Survey: { Model: new (json: unknown) => { render(el: HTMLElement): void } } };
type Parent = Window & { __benchGridRendered?: () => void };
/** A page and the radio buttons it had when it said its grid was rendered. */
interface Opened {
  f: HTMLIFrameElement;
  radios: number;
}

/** Radio buttons in a document or element and in the shadow roots in it. */
function radios(root: ParentNode): number {
  let n = root.querySelectorAll('input[type=radio]').length;
  for (const e of root.querySelectorAll('*')) if (e.shadowRoot) n += radios(e.shadowRoot);
  return n;
}

let loads = 0;
/**
 * A fresh SurveyJS page (new URLs, no-store: a first visit). Its own script renders the survey and
 * then tells this page, synchronously, so the time has no frame or polling in it.
 */
async function surveyJsPage(): Promise<Opened> {
  const base = `/bench-peer/${++loads}/`;
  const json = JSON.stringify(surveyJson()).replace(/</g, '\\u003c');
  const f = document.createElement('iframe');
  f.style.inlineSize = '1000px';
  f.style.blockSize = '800px';
  let rendered = 0;
  const done = new Promise<void>((resolve) => ((window as Parent).__benchGridRendered = () => {
    rendered = radios(f.contentDocument!);
    resolve();
  }));
  f.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">` +
    files.styles.map((s) => `<link rel="stylesheet" href="${base}${s}">`).join('') +
    files.scripts.map((s) => `<script src="${base}${s}"></script>`).join('') +
    `</head><body><div id="survey"></div><script>new Survey.Model(${json}).render(document.getElementById('survey'));` +
    `document.body.offsetHeight;parent.__benchGridRendered();</script></body></html>`;
  document.body.append(f);
  await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`the SurveyJS page did not render in 60 s: ${(f.contentWindow as SurveyWindow | null)?.Survey ? 'Survey is defined' : 'Survey is not defined'}`)), 60_000))]);
  return { f, radios: rendered };
}

/** A fresh page with our reflector (the loader), until the grid has rendered and the layout is done. */
async function ourPage(): Promise<Opened> {
  const f = await bundlePage(`<${tag}></${tag}>`, '', 0, { loader: true, waitFor: tag });
  const el = f.contentDocument!.querySelector(tag) as Lit;
  await el.updateComplete;
  void el.offsetHeight;
  return { f, radios: radios(f.contentDocument!) };
}

interface Transfer {
  gzip: number;
  files: number;
  other: string[];
}

/** gzip of every JS and CSS file the page loaded (each on its own, as scripts/size.js counts), by the server. */
async function transfer(f: HTMLIFrameElement): Promise<Transfer> {
  const urls = f.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name));
  const local = urls.filter((u) => u.origin === location.origin).map((u) => u.pathname);
  const sized = (await executeServerCommand<{ path: string; file: string | null; gzip: number }[], { paths: string[] }>('bench-gzip', { paths: local }))!;
  const other = [...urls.filter((u) => u.origin !== location.origin).map((u) => u.href), ...sized.filter((s) => !s.file).map((s) => s.path)];
  return { gzip: sized.reduce((t, s) => t + s.gzip, 0), files: sized.filter((s) => s.file).length, other };
}

interface PageRuns {
  name: string;
  open: () => Promise<Opened>;
  tasks: number[][];
  times: number[];
  transfer: number[];
  transferNote: string;
  gridRadios: number;
  page?: HTMLIFrameElement;
}

/** Our reflector page and SurveyJS's page side by side; see the comment at the top. */
export async function besideSurveyJs(): Promise<Row[]> {
  const pages: PageRuns[] = [
    { name: ours, open: ourPage, tasks: [], times: [], transfer: [], transferNote: '', gridRadios: Infinity },
    { name: surveyJs, open: surveyJsPage, tasks: [], times: [], transfer: [], transferNote: '', gridRadios: Infinity },
  ];
  // Load + first render, cold, at 4×: a fresh page each time, the two pages alternately and each
  // first in every other round, after one round not counted (the browser's first iframe loads).
  for (let i = -1; i < repeats; i++) {
    for (const p of i % 2 ? pages : [...pages].reverse()) {
      await executeServerCommand('bench-log', { text: `beside SurveyJS: ${p.name}, ${i < 0 ? 'warm-up' : `cold load ${i + 1} of ${repeats}`}` });
      p.page?.remove();
      let f: HTMLIFrameElement | undefined;
      let time = 0;
      let grid = 0;
      const durations = await longTasksDuring(async () => {
        const t = performance.now();
        const opened = await p.open();
        time = performance.now() - t;
        f = opened.f;
        grid = opened.radios;
        await new Promise((r) => f!.contentWindow!.requestAnimationFrame(r));
      });
      p.page = f;
      if (i < 0) continue;
      p.times.push(time);
      p.gridRadios = Math.min(p.gridRadios, grid);
      p.tasks.push(durations);
      const t = await transfer(f!);
      p.transfer.push(t.gzip / 1000);
      p.transferNote = `${t.files} files${t.other.length ? `; not counted: ${t.other.length} other requests (${[...new Set(t.other.map((o) => new URL(o, location.href).host))].join(', ')})` : ''}`;
    }
  }
  // First render of the grid in a page that has loaded it, unthrottled, alternately (warm: the code is loaded and compiled).
  const json = surveyJson();
  const warm = new Map<string, number[]>(pages.map((p) => [p.name, []]));
  const oursPage = pages[0]!.page!;
  const surveyPage = pages[1]!.page!;
  for (let i = 0; i < samples; i++) {
    let t = performance.now();
    const el = await create(tag, undefined, oursPage.contentDocument!.body);
    warm.get(ours)!.push(performance.now() - t);
    if (radios(el.shadowRoot!) < gridRadios) oursPage.dataset.incomplete = '';
    el.remove();
    await frame();
    const win = surveyPage.contentWindow as SurveyWindow;
    const div = win.document.createElement('div');
    win.document.body.append(div);
    t = performance.now();
    new win.Survey.Model(win.JSON.parse(JSON.stringify(json))).render(div);
    void div.offsetHeight;
    warm.get(surveyJs)!.push(performance.now() - t);
    if (radios(div) < gridRadios) surveyPage.dataset.incomplete = '';
    div.remove();
    await frame();
  }
  const incomplete = [oursPage, surveyPage].some((f) => 'incomplete' in f.dataset);
  pages.forEach((p) => p.page!.remove());

  const rows: Row[] = [];
  for (const p of pages) {
    const grid = `${p.gridRadios} radio buttons on the page`;
    rows.push(
      { element: p.name, metric: 'page transfer: gzip of all JS + CSS it loads', ...stats(p.transfer), samples: p.transfer.length, unit: 'kB', note: p.transferNote },
      { element: p.name, metric: 'load page + first render of the grid, until laid out (4× CPU throttle)', ...stats(p.times), samples: p.times.length, unit: 'ms', note: grid },
      ...taskRows(p.name, 'load page + first render of the grid', p.tasks),
      { element: p.name, metric: 'first render of the grid in a loaded page (create → laid out, unthrottled)', ...stats(warm.get(p.name)!), samples, unit: 'ms' },
    );
  }
  const [o, s] = pages.map((p) => stats(p.transfer).median);
  rows.push({ element: `${surveyJs} ÷ ${ours}`, metric: 'page transfer, times smaller', median: s! / o!, p95: NaN, min: NaN, max: NaN, samples: repeats, unit: '×', note: 'goal ≥ 8× (issue 32)' });
  if (incomplete || pages.some((p) => p.gridRadios < gridRadios)) rows.forEach((r) => (r.note = `${r.note ? `${r.note}; ` : ''}grid incomplete: fewer than ${gridRadios} radio buttons`));
  return rows;
}
