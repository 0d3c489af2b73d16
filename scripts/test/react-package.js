// @niet-alleen/react as a stranger gets it (issue 22): the packed tarballs installed with React 18 into an
// empty folder outside the workspace; a strict TSX consumer that reads typed event details (onNaChange's
// e.detail.value.marked) without casts type-checks (and one that reads a field the value lacks does not),
// esbuild bundles it, and headless Chromium renders it: the click inside the element reaches React state.
// The generated wrapper list names every element of every custom-elements.json. Run by packages.test.js,
// which packs and installs once for all its consumers (sharedConsumer in scripts/packing.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sharedConsumer, writeFiles, strictTsconfig, typecheck, errorsByFile, bundle, serve, dumpDom, pageResult } from '../packing.js';
import { elements } from '../react.js';

test('the wrappers cover every element, each with its documented events', async () => {
  const { consumer } = await sharedConsumer();
  const shipped = readFileSync(join(consumer, 'node_modules/@niet-alleen/react/dist/index.d.ts'), 'utf8');
  const list = elements(root);
  assert.ok(list.length > 20);
  for (const e of list) {
    const line = new RegExp(`export declare const ${e.className.replace(/^Na/, '')}: .*ReactWebComponent<${e.className}, .*EventProps<${e.className}, ([^>]*)>>;`).exec(shipped);
    assert.ok(line, `${e.tag} has a component`);
    const events = e.events.length ? line[1].split(' | ').map((s) => JSON.parse(s)).sort() : [];
    assert.deepEqual(events, e.events, e.tag);
  }
});

const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>react</title></head>
<body><div id="root"></div><script type="module" src="react.js"></script></body></html>`;

const main = `import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Signaleringskaart, PersoonlijkPlan } from '@niet-alleen/react';
import type { SignaleringskaartValue } from '@niet-alleen/signaleringskaart';

function Page() {
  const [card, setCard] = React.useState<SignaleringskaartValue>();
  const [goal, setGoal] = React.useState('');
  const result = { marked: card ? card.marked.length : 0, goal };
  return (
    <>
      <Signaleringskaart value={card} onNaChange={(e) => setCard(e.detail.value)} onNaInvalid={(e) => console.warn(e.detail.issues)} />
      <PersoonlijkPlan onNaChange={(e) => setGoal(e.detail.value.goal)} />
      <pre id="result">{JSON.stringify(result)}</pre>
    </>
  );
}

const root = createRoot(document.querySelector('#root')!);
flushSync(() => root.render(<Page />)); // rendered and the wrappers' listeners attached
const card = document.querySelector('na-signaleringskaart')!;
await card.updateComplete;
card.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
const plan = document.querySelector('na-persoonlijk-plan')!;
await plan.updateComplete;
const field = plan.shadowRoot!.querySelector<HTMLInputElement>('#goal')!;
field.value = 'Samen wandelen';
field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
`;

test('a strict TSX consumer of @niet-alleen/react: typed onNaChange without casts, bundled, rendered with React 18 in Chromium', async () => {
  const { consumer } = await sharedConsumer();
  const tsx = { jsx: 'react-jsx' };
  writeFiles(consumer, {
    // One program: the consumer, and beside it one that reads a field the value lacks (must not compile).
    'tsconfig.react.json': strictTsconfig(['src/react.tsx', 'src/react-wrong.tsx'], tsx),
    'src/react.tsx': main,
    'src/react-wrong.tsx': "import { Signaleringskaart } from '@niet-alleen/react';\nexport const x = <Signaleringskaart onNaChange={(e) => e.detail.value.nonsense} />;\n",
    'www/react.html': page,
  });
  const checked = await typecheck(consumer, 'tsconfig.react.json');
  const errors = errorsByFile(checked.output);
  assert.deepEqual([...errors.keys()], ['src/react-wrong.tsx'], `only the wrong consumer has errors: ${checked.output}`);
  assert.match(errors.get('src/react-wrong.tsx').join('\n'), /nonsense/, checked.output);

  await bundle(consumer, 'src/react.tsx', 'www/react.js', ['--jsx=automatic', '--define:process.env.NODE_ENV="production"']);
  const server = await serve(join(consumer, 'www'));
  try {
    const dom = await dumpDom(`${server.url}/react.html`);
    const result = pageResult(dom);
    assert.ok(result, dom.slice(0, 500));
    assert.equal(result.marked, 1, `the click reached React state through onNaChange: ${JSON.stringify(result)}`);
    assert.equal(result.goal, 'Samen wandelen');
  } finally {
    await server.close();
  }
});
