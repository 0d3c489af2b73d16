#!/usr/bin/env node
// Issue 25's load check (a benchmark, never a test): N participants (default 20), each in its own
// Chromium browser context with a <na-partnerschapskaart> in one room of one local y-websocket server
// (packages/samen/server.js), each adding a note per second for S seconds (default 60). Every
// participant must end with every note (the same card everywhere); the figure is the time from an
// edit in one context to the moment the card in another context shows it (the value validated and
// rendered: updateComplete after the change arrived), over all pairs, on 127.0.0.1.
//
//   npm run bench -- --samen                       (or: node packages/samen/bench/samen-load.bench.js)
//   SAMEN_BENCH_SECONDS=10 SAMEN_BENCH_PARTICIPANTS=5 npm run bench -- --samen    (a shorter run)
//   SAMEN_BENCH_CONTEXTS=3 npm run bench -- --samen   (3 browser contexts, the other 17 participants
//                                                    are Yjs clients in this node process, see below)
//
// 20 Chromium contexts on a 2-core machine measure the machine, not the sync: every context
// validates and renders every change, so 20 cards' work shares 2 cores (in a session each card has a
// device of its own). SAMEN_BENCH_CONTEXTS=k keeps k participants as browser contexts with the card
// (they edit and are measured) and makes the others y-websocket clients in node that add the same
// notes into the same room through the same server (a Y.Map per note, as the binding writes it).
//
// Needs the built dist (node scripts/build.js). Timestamps are performance.timeOrigin + now(), one
// clock for every renderer process on this machine.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { launchChromium, openParticipant, samenServer, servePage } from '../test/contexts/harness.js';
import { findChromium } from '../../../scripts/chromium.js';

const participants = Number(process.env.SAMEN_BENCH_PARTICIPANTS ?? 20);
const contexts = Math.min(participants, Number(process.env.SAMEN_BENCH_CONTEXTS ?? participants));
const seconds = Number(process.env.SAMEN_BENCH_SECONDS ?? 60);
const total = participants * seconds;
const cells = ['geslaagd', 'ik-doe', 'kennis-delen', 'wij-doen'];

const loadBefore = loadavg()[0];
const [page, server, browser] = await Promise.all([
  servePage(),
  samenServer(),
  // Every context is a tab in the background as far as Chromium knows: its timers must not be slowed.
  launchChromium(['--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows']),
]);
const room = randomUUID();
const people = [];
const peers = [];
try {
  for (let i = 0; i < contexts; i++) people.push(await openParticipant(browser, page.url, { port: server.port, room, name: `Deelnemer ${i + 1}` }));
  for (let i = contexts; i < participants; i++) {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}`, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
    await new Promise((done) => provider.once('sync', done));
    peers.push({ doc, provider, name: `Deelnemer ${i + 1}`, index: i });
  }
  console.log(`samen bench: ${participants} participants in one room (${contexts} browser contexts, ${participants - contexts} node clients); each adds a note per second for ${seconds} s`);

  // In each page: record when each other participant's note is on the card; then start adding notes.
  await Promise.all(
    people.map((p, i) =>
      p.page.evaluate(
        (seconds, cells, index, participants) => {
          const { el } = window.samenTest;
          const now = () => performance.timeOrigin + performance.now();
          const seen = new Set(el.value.notes.map((n) => n.id));
          const latencies = [];
          window.samenBench = { latencies, done: false };
          el.addEventListener('na-remote-change', async () => {
            // Another participant's notes only: a batch can also be shown while this card adds its own note.
            const fresh = el.value.notes.filter((n) => !seen.has(n.id) && n.author !== el.writer);
            for (const n of fresh) seen.add(n.id);
            await el.updateComplete;
            const at = now();
            for (const n of fresh) {
              const sent = Number(/@(\d+(?:\.\d+)?)$/.exec(n.text)?.[1]);
              if (Number.isFinite(sent)) latencies.push(at - sent);
            }
          });
          let count = 0;
          const add = () => {
            count++;
            el.addNote(cells[count % cells.length], `${el.writer} ${count} @${now()}`, el.writer);
            for (const n of el.value.notes) seen.add(n.id);
            if (count < seconds) setTimeout(add, 1000 - ((now() - start) % 1000));
            else window.samenBench.done = true;
          };
          // Spread over the second, as people do not all type at once.
          const start = now() + (1000 * index) / participants;
          setTimeout(add, (1000 * index) / participants);
        },
        seconds,
        cells,
        i,
        participants,
      ),
    ),
  );
  const now = () => performance.timeOrigin + performance.now();
  const peerTimers = peers.map((peer) => {
    let count = 0;
    const add = () => {
      count++;
      peer.doc.transact(() => {
        const note = new Y.Map();
        note.set('id', randomUUID());
        note.set('cell', cells[count % cells.length]);
        note.set('text', new Y.Text(`${peer.name} ${count} @${now()}`));
        note.set('author', new Y.Text(peer.name));
        peer.doc.getArray('value.notes').push([note]);
      });
      if (count < seconds) peer.timer = setTimeout(add, 1000);
    };
    peer.timer = setTimeout(add, (1000 * peer.index) / participants);
    return peer;
  });
  void peerTimers;
  const started = Date.now();
  // Wait for the edits, then until every card holds every note (at most 120 s more).
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const states = await Promise.all(
      people.map((p) => p.page.evaluate(async () => ({ done: window.samenBench.done, notes: window.samenTest.el.value.notes.length, invalid: (await window.samenTest.view()).invalid.length }))),
    );
    const all = states.every((s) => s.done && s.notes === total) && peers.every((p) => p.doc.getArray('value.notes').length === total);
    if (all) break;
    if (Date.now() - started > (seconds + Number(process.env.SAMEN_BENCH_DRAIN ?? 120)) * 1000) {
      const peerCounts = peers.map((p) => p.doc.getArray('value.notes').length);
      throw new Error(`not converged: notes per context ${states.map((s) => `${s.notes}${s.done ? '' : ' (still adding)'}${s.invalid ? ` (${s.invalid} refused)` : ''}`).join(', ')}; per node client ${peerCounts.join(', ')}; of ${total}`);
    }
  }
  const converged = Date.now() - started;
  // The same card everywhere: same notes in the same order.
  const fingerprints = await Promise.all(people.map((p) => p.page.evaluate(() => window.samenTest.el.value.notes.map((n) => n.id).join())));
  const peerIds = (p) => p.doc.getArray('value.notes').toArray().map((n) => n.get('id')).join();
  const same = fingerprints.every((f) => f === fingerprints[0]) && peers.every((p) => peerIds(p) === fingerprints[0]);
  const latencies = (await Promise.all(people.map((p) => p.page.evaluate(() => window.samenBench.latencies)))).flat().sort((a, b) => a - b);
  const errors = people.flatMap((p) => p.errors);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const expected = total * contexts - seconds * contexts;
  const version = execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(
    [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${version} headless, ${participants} participants of which ${contexts} browser contexts (measured) and ${participants - contexts} node clients, ${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), Node ${process.version}; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.`,
      `Converged: ${same ? 'yes' : 'NO'}, every participant holds all ${total} notes (${(converged / 1000).toFixed(0)} s after the first edit); page errors: ${errors.length}.`,
      '',
      '| metric | median | p95 | min | max | samples | unit |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      `| edit in one context → shown in another | ${fmt(at(0.5))} | ${fmt(at(0.95))} | ${fmt(latencies[0])} | ${fmt(latencies.at(-1))} | ${latencies.length} of ${expected} | ms |`,
    ].join('\n'),
  );
  if (!same || errors.length) process.exitCode = 1;
} finally {
  for (const peer of peers) {
    clearTimeout(peer.timer);
    peer.provider.destroy();
  }
  await browser.close();
  await server.close();
  await page.close();
}
// The y-websocket clients leave a reconnect timer or two behind after destroy(); nothing is pending.
process.exit(process.exitCode ?? 0);
