// SCRATCH (not to commit): does splitting the map into several <svg> roots, or drawing without
// translated groups, cut the paint of a one-contact change at 4×?
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { frames, stats, throttle, timeEdit } from '../../../bench/frame.js';

const N = 300;
const size = 760;
const NS = 'http://www.w3.org/2000/svg';
type Variant = { name: string; parts: number; transforms: boolean };
const variants: Variant[] = [
  { name: 'one svg, translated groups', parts: 1, transforms: true },
  { name: 'one svg, coordinates', parts: 1, transforms: false },
  { name: '10 svgs, translated groups', parts: 10, transforms: true },
  { name: '10 svgs, coordinates', parts: 10, transforms: false },
  { name: '30 svgs, coordinates', parts: 30, transforms: false },
];
const pos = Array.from({ length: N }, (_, i) => {
  const a = (i * 2.399) % (2 * Math.PI);
  const r = 60 + ((i * 37) % 300);
  return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
});

function el(tag: string, attrs: Record<string, string | number>, parent: Element) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent.append(e);
  return e;
}

function build(v: Variant) {
  const host = document.createElement('div');
  host.style.cssText = `position:relative;width:${size}px;height:${size}px`;
  document.body.append(host);
  const mk = (i: number) => {
    const s = el('svg', { viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`, width: size, height: size }, host) as SVGSVGElement;
    s.style.cssText = `position:absolute;inset:0${i ? ';pointer-events:none' : ''}`;
    return s;
  };
  const base = mk(0);
  for (let r = 1; r <= 3; r++) el('circle', { r: r * 110, fill: r % 2 ? '#eef' : '#fff', stroke: '#446' }, base);
  for (let t = 0; t < N / 4; t++) {
    const [a, b] = [pos[t]!, pos[(t * 7 + 3) % N]!];
    el('path', { d: `M${a[0]} ${a[1]}L${b[0]} ${b[1]}`, stroke: '#888', fill: 'none' }, base);
  }
  const svgs = [base, ...Array.from({ length: v.parts - 1 }, (_, i) => mk(i + 1))];
  const nodes: ((x: number, y: number) => void)[] = [];
  const per = Math.ceil(N / v.parts);
  for (let i = 0; i < N; i++) {
    const s = svgs[Math.floor(i / per)]!;
    const [x, y] = pos[i]!;
    if (v.transforms) {
      const g = el('g', { transform: `translate(${x} ${y})`, tabindex: 0, role: 'button' }, s);
      el('circle', { r: 14, fill: 'transparent' }, g);
      el('circle', { r: 8, fill: '#36c', stroke: '#124' }, g);
      const l = el('g', { transform: `translate(${x} ${y})` }, s);
      const t = el('text', { y: 20, 'text-anchor': 'middle', 'font-size': 11 }, l);
      el('tspan', { x: 0, dy: 0 }, t).textContent = `Contact ${i}`;
      nodes.push((nx, ny) => {
        g.setAttribute('transform', `translate(${nx} ${ny})`);
        l.setAttribute('transform', `translate(${nx} ${ny})`);
      });
    } else {
      const g = el('g', { tabindex: 0, role: 'button' }, s);
      const h = el('circle', { cx: x, cy: y, r: 14, fill: 'transparent' }, g);
      const c = el('circle', { cx: x, cy: y, r: 8, fill: '#36c', stroke: '#124' }, g);
      const t = el('text', { x, y: y + 20, 'text-anchor': 'middle', 'font-size': 11 }, s);
      const sp = el('tspan', { x, dy: 0 }, t);
      sp.textContent = `Contact ${i}`;
      nodes.push((nx, ny) => {
        for (const e of [h, c]) {
          e.setAttribute('cx', String(nx));
          e.setAttribute('cy', String(ny));
        }
        t.setAttribute('x', String(nx));
        t.setAttribute('y', String(ny + 20));
        sp.setAttribute('x', String(nx));
      });
    }
  }
  return { host, nodes };
}

describe('scratch: map paint layers', () => {
  for (const v of variants) {
    it(v.name, async () => {
      await setViewport({ width: 1280, height: 800 });
      const { host, nodes } = build(v);
      await frames(3);
      const btn = document.createElement('button');
      document.body.append(btn);
      const move = (i: number) => {
        const k = 150 + (i % 10);
        const [x, y] = pos[k]!;
        nodes[k]!(x + (i % 2 ? 30 : 0), y);
      };
      btn.addEventListener('click', () => move(Number(btn.dataset.i)));
      await throttle(4);
      const ms: number[] = [];
      try {
        for (let i = 0; i < 30; i++) {
          btn.dataset.i = String(i);
          ms.push((await timeEdit(btn, 'click', async () => btn.click())).frame);
          await frames(1);
        }
        await executeServerCommand('bench-trace', { action: 'start' });
        for (let i = 0; i < 10; i++) {
          btn.dataset.i = String(i);
          await timeEdit(btn, 'click', async () => btn.click());
          await frames(1);
        }
        const top = await executeServerCommand<{ name: string; ms: number }[], object>('bench-trace', { action: 'stop', label: `zz-${v.name}`, top: 12 });
        const s = stats(ms);
        await executeServerCommand('bench-log', { text: `${v.name}: frame median ${s.median.toFixed(1)} p95 ${s.p95.toFixed(1)} ms at 4×\n${top.map((t) => `${(t.ms / 10).toFixed(2).padStart(7)} ms  ${t.name}`).join('\n')}` });
      } finally {
        await throttle(1);
      }
      host.remove();
      btn.remove();
    });
  }
});
