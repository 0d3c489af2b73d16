/**
 * Core's reactive controllers and focus helper, on a small Lit host: the clock holds an interval
 * only while connected and needed, a drag reports start, moves and end in the host's own
 * coordinates (pointercancel and Escape end it without a drop), and focus lands after the render.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { ClockController, DragController, focusAfterRender, type Drag, type DragEnd, type IntervalScheduler } from '../src/index.js';

/** A fake scheduler: intervals are listed, not timed; a test ticks them by hand. */
class FakeScheduler implements IntervalScheduler {
  live = new Map<number, () => void>();
  #next = 1;
  setInterval(callback: () => void): unknown {
    const id = this.#next++;
    this.live.set(id, callback);
    return id;
  }
  clearInterval(handle: unknown): void {
    this.live.delete(handle as number);
  }
  tick(): void {
    for (const callback of [...this.live.values()]) callback();
  }
}

const scheduler = new FakeScheduler();

class ClockHost extends LitElement {
  @state() needed = true;
  renders = 0;
  clock = new ClockController(this, { interval: 1000, active: () => this.needed, scheduler });
  override render() {
    this.renders++;
    return html`<p>${this.renders}</p>`;
  }
}
customElements.define('na-test-clock-host', ClockHost);

interface Seen {
  kind: 'start' | 'move' | 'end';
  key: string;
  at: readonly [number, number];
  delta: readonly [number, number];
  how?: DragEnd;
}

class DragHost extends LitElement {
  seen: Seen[] = [];
  drag = new DragController<string>(this, {
    // The host's own coordinates: half the client pixels, from its top-left corner.
    point: (e) => {
      const box = this.getBoundingClientRect();
      return [(e.clientX - box.left) / 2, (e.clientY - box.top) / 2];
    },
    threshold: 5,
    onStart: (d) => this.note('start', d),
    onMove: (d) => this.note('move', d),
    onEnd: (d, how) => this.note('end', d, how),
  });
  note(kind: Seen['kind'], d: Drag<string>, how?: DragEnd) {
    this.seen.push({ kind, key: d.key, at: [...d.at], delta: [...d.delta], ...(how ? { how } : {}) });
  }
  override render() {
    return html`<div
      id="item"
      style="inline-size: 100px; block-size: 100px"
      @pointerdown=${(e: PointerEvent) => this.drag.down(e, 'a')}
      @pointermove=${(e: PointerEvent) => this.drag.move(e)}
      @pointerup=${(e: PointerEvent) => this.drag.up(e)}
      @pointercancel=${(e: PointerEvent) => this.drag.cancel(e)}
    ></div>`;
  }
}
customElements.define('na-test-drag-host', DragHost);

class FocusHostElement extends LitElement {
  @state() open = false;
  override render() {
    return html`<button id="first">first</button>${this.open ? html`<input id="new" /><input id="hidden" hidden />` : ''}`;
  }
}
customElements.define('na-test-focus-host', FocusHostElement);

async function mount<T extends LitElement>(tag: string): Promise<T> {
  const el = document.createElement(tag) as T;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('core: controllers', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('na-test-clock-host, na-test-drag-host, na-test-focus-host')) el.remove();
  });

  describe('ClockController', () => {
    it('holds an interval only while the host is connected, and each tick renders the host again', async () => {
      const el = document.createElement('na-test-clock-host') as ClockHost;
      expect(scheduler.live.size, 'not connected yet').to.equal(0);
      document.body.append(el);
      await el.updateComplete;
      expect(scheduler.live.size).to.equal(1);
      expect(el.clock.ticking).to.be.true;
      const before = el.renders;
      scheduler.tick();
      await el.updateComplete;
      expect(el.renders).to.equal(before + 1);
      el.remove();
      expect(scheduler.live.size, 'disconnected').to.equal(0);
      expect(el.clock.ticking).to.be.false;
      document.body.append(el);
      await el.updateComplete;
      expect(scheduler.live.size, 'connected again').to.equal(1);
    });

    it('holds no interval while the feature does not need it, and starts one after the render that needs it', async () => {
      const el = await mount<ClockHost>('na-test-clock-host');
      el.needed = false;
      await el.updateComplete;
      expect(scheduler.live.size).to.equal(0);
      el.needed = true;
      await el.updateComplete;
      expect(scheduler.live.size).to.equal(1);
      el.needed = true;
      el.requestUpdate();
      await el.updateComplete;
      expect(scheduler.live.size, 'one interval, not one per render').to.equal(1);
    });
  });

  describe('DragController', () => {
    const pointer = (target: Element, type: string, x: number, y: number, pointerId = 7) => {
      const box = target.getBoundingClientRect();
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId, button: 0, clientX: box.left + x, clientY: box.top + y }));
    };

    it('reports start, moves and a drop in the host\'s own coordinates, after the threshold', async () => {
      const el = await mount<DragHost>('na-test-drag-host');
      const item = el.renderRoot.querySelector('#item')!;
      pointer(item, 'pointerdown', 10, 10);
      pointer(item, 'pointermove', 14, 10); // 2 units: under the threshold of 5
      expect(el.seen).to.deep.equal([]);
      expect(el.drag.current?.moved).to.be.false;
      pointer(item, 'pointermove', 30, 10);
      pointer(item, 'pointermove', 50, 30);
      pointer(item, 'pointermove', 50, 30, 99); // another pointer: ignored
      pointer(item, 'pointerup', 50, 30);
      expect(el.seen).to.deep.equal([
        { kind: 'start', key: 'a', at: [15, 5], delta: [10, 0] },
        { kind: 'move', key: 'a', at: [15, 5], delta: [10, 0] },
        { kind: 'move', key: 'a', at: [25, 15], delta: [20, 10] },
        { kind: 'end', key: 'a', at: [25, 15], delta: [20, 10], how: 'drop' },
      ]);
      expect(el.drag.current).to.be.null;
    });

    it('a release without moving is a click, not a drop', async () => {
      const el = await mount<DragHost>('na-test-drag-host');
      const item = el.renderRoot.querySelector('#item')!;
      pointer(item, 'pointerdown', 10, 10);
      pointer(item, 'pointerup', 12, 10);
      expect(el.seen.map((s) => [s.kind, s.how])).to.deep.equal([['end', 'click']]);
    });

    it('pointercancel ends a drag without a drop; later moves do nothing', async () => {
      const el = await mount<DragHost>('na-test-drag-host');
      const item = el.renderRoot.querySelector('#item')!;
      pointer(item, 'pointerdown', 10, 10);
      pointer(item, 'pointermove', 40, 10);
      pointer(item, 'pointercancel', 40, 10);
      pointer(item, 'pointermove', 60, 10);
      pointer(item, 'pointerup', 60, 10);
      expect(el.seen.map((s) => [s.kind, s.how])).to.deep.equal([['start', undefined], ['move', undefined], ['end', 'cancel']]);
    });

    it('Escape anywhere cancels, and so does the host leaving the page', async () => {
      const el = await mount<DragHost>('na-test-drag-host');
      const item = el.renderRoot.querySelector('#item')!;
      pointer(item, 'pointerdown', 10, 10);
      pointer(item, 'pointermove', 40, 10);
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(escape);
      expect(escape.defaultPrevented).to.be.true;
      expect(el.seen.at(-1)).to.include({ kind: 'end', how: 'cancel' });
      pointer(item, 'pointerdown', 10, 10);
      el.remove();
      expect(el.seen.at(-1)).to.include({ kind: 'end', how: 'cancel' });
      expect(el.drag.current).to.be.null;
      const later = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      document.body.dispatchEvent(later);
      expect(later.defaultPrevented, 'no listener left behind').to.be.false;
    });
  });

  describe('focusAfterRender', () => {
    it('focuses the element the next render makes; the first rendered one of several selectors', async () => {
      const el = await mount<FocusHostElement>('na-test-focus-host');
      el.open = true;
      const focused = await focusAfterRender(el, '#new');
      expect(focused?.id).to.equal('new');
      expect(el.shadowRoot!.activeElement?.id).to.equal('new');
      const first = await focusAfterRender(el, ['#missing', '#hidden', '#first'], { visibleOnly: true });
      expect(first?.id, 'skips the missing and the hidden one').to.equal('first');
      expect(el.shadowRoot!.activeElement?.id).to.equal('first');
    });

    it('takes a function that finds the target, and resolves null when there is none', async () => {
      const el = await mount<FocusHostElement>('na-test-focus-host');
      el.open = true;
      expect((await focusAfterRender(el, () => el.renderRoot.querySelector<HTMLElement>('#new')))?.id).to.equal('new');
      el.open = false;
      expect(await focusAfterRender(el, '#new')).to.be.null;
    });
  });
});
