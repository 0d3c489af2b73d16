/**
 * A part that loads when it is first needed (OnDemand, issue 32): the element renders without it
 * until it is there, `updateComplete` and `print()` wait for it, and a part that fails to load is
 * reported and tried again, while the element goes on.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '@niet-alleen/core';
import { OnDemand } from '@niet-alleen/core/on-demand';
import { Progressive } from '@niet-alleen/core';
import { mount, unmountAll, shadow, renderSteps, movedSince, announcement } from '@niet-alleen/core/testing';
import { NaTestInstrument } from './test-instrument.js';

interface Part {
  render(): unknown;
}

/** A load the test settles by hand. */
class Gate {
  loads = 0;
  #settle: { resolve(p: Part): void; reject(e: Error): void } | null = null;
  load = () => {
    this.loads++;
    return new Promise<Part>((resolve, reject) => (this.#settle = { resolve, reject }));
  };
  arrive() {
    this.#settle!.resolve({ render: () => html`<p id="part">Het deel is er.</p>` });
  }
  fail() {
    this.#settle!.reject(new Error('offline'));
  }
}

let gate = new Gate();

class NaOnDemandHost extends NaTestInstrument {
  extra = new OnDemand(this, gate.load);
  wanted = false;
  protected override renderInstrument() {
    const part = this.wanted ? this.extra.get() : undefined;
    return html`${super.renderInstrument()}${this.wanted && !part ? this.extra.placeholder() : part?.render()}`;
  }
}
defineElement('na-test-on-demand', NaOnDemandHost);

const settled = (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))]);

describe('core: a part that loads on demand (OnDemand)', () => {
  beforeEach(() => (gate = new Gate()));
  afterEach(() => unmountAll());

  it('is not loaded until it is needed; then the element waits for it and shows it', async () => {
    const el = await mount<NaOnDemandHost>('na-test-on-demand');
    expect(gate.loads, 'nothing asked for it').to.equal(0);
    el.wanted = true;
    el.requestUpdate();
    const done = el.updateComplete;
    expect(await settled(done), 'updateComplete waits for the part').to.equal(false);
    expect(shadow(el).querySelector('[role="status"].na-on-demand')?.textContent, 'meanwhile the element says so').to.equal('Bezig met laden…');
    gate.arrive();
    await done;
    expect(shadow(el).querySelector('#part')?.textContent).to.equal('Het deel is er.');
    expect(shadow(el).querySelector('.na-on-demand')).to.equal(null);
    expect(gate.loads, 'loaded once').to.equal(1);
  });

  it('print() prints once the part is there, not before', async () => {
    const el = await mount<NaOnDemandHost>('na-test-on-demand');
    el.wanted = true;
    el.requestUpdate();
    await new Promise((r) => setTimeout(r));
    const original = window.print;
    const printed: (Element | null)[] = [];
    window.print = () => void printed.push(shadow(el).querySelector('#part'));
    try {
      el.print();
      await new Promise((r) => setTimeout(r));
      expect(printed, 'not while the part loads').to.have.length(0);
      gate.arrive();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(printed).to.have.length(1);
      expect(printed[0], 'the printed element has its part').to.exist;
    } finally {
      window.print = original;
    }
  });

  it('a part that fails to load is reported and not tried again by itself; "Opnieuw proberen" loads it', async () => {
    const el = await mount<NaOnDemandHost>('na-test-on-demand');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      el.wanted = true;
      el.requestUpdate();
      const done = el.updateComplete;
      await new Promise((r) => setTimeout(r));
      gate.fail();
      await done;
      expect(errors, 'the failure is logged').to.have.length(1);
      const alert = shadow(el).querySelector<HTMLElement>('[role="alert"].na-on-demand');
      expect(alert?.textContent).to.contain('Dit deel kon niet worden geladen.');
      el.requestUpdate();
      await el.updateComplete;
      expect(gate.loads, 'a render does not load it again').to.equal(1);
      alert!.querySelector('button')!.click();
      await new Promise((r) => setTimeout(r));
      expect(gate.loads, 'the button does').to.equal(2);
      gate.arrive();
      await el.updateComplete;
      expect(shadow(el).querySelector('#part')).to.exist;
      expect(await el.extra.ready(), 'ready() gives the loaded part').to.equal(el.extra.loaded);
    } finally {
      console.error = original;
    }
  });
});

describe('core: an action that needs a part (OnDemand.run)', () => {
  beforeEach(() => (gate = new Gate()));
  afterEach(() => unmountAll());

  it('runs at once when the part is there, else when it arrives, and updateComplete sees it done', async () => {
    const el = await mount<NaOnDemandHost>('na-test-on-demand');
    const done: string[] = [];
    el.extra.run(() => done.push('eerste'));
    expect(done, 'not before the part is there').to.deep.equal([]);
    const complete = el.updateComplete;
    await new Promise((r) => setTimeout(r));
    gate.arrive();
    await complete;
    expect(done, 'done by updateComplete').to.deep.equal(['eerste']);
    el.extra.run(() => done.push('tweede'));
    expect(done, 'at once, once loaded').to.deep.equal(['eerste', 'tweede']);
    expect(gate.loads).to.equal(1);
  });

  it('a part that fails is announced (no placeholder is in sight); the next action tries again', async () => {
    const el = await mount<NaOnDemandHost>('na-test-on-demand');
    const original = console.error;
    console.error = () => {};
    try {
      el.extra.run(() => {});
      await new Promise((r) => setTimeout(r));
      gate.fail();
      await el.updateComplete;
      // The live region is written a moment later (for screen readers): waited for frame by frame, not a fixed time.
      expect(await announcement(el, 120)).to.contain('Dit deel kon niet worden geladen.');
      let ran = false;
      el.extra.run(() => (ran = true));
      await new Promise((r) => setTimeout(r));
      expect(gate.loads, 'tried again').to.equal(2);
      gate.arrive();
      await el.updateComplete;
      expect(ran).to.equal(true);
    } finally {
      console.error = original;
    }
  });
});

/** A list of `value.items` two at a time; `first` items in the first task (two unless given). */
const progressiveHost = (first?: number) =>
  class extends NaTestInstrument {
    progressive = new Progressive(this, 2, first);
    protected override renderInstrument() {
      return html`<ol>${this.progressive.items(this.value.items).map((i) => html`<li>${i}</li>`)}</ol>
        ${this.progressive.complete ? html`<p id="after">Onder de lijst</p>` : ''}`;
    }
  };
const NaProgressiveHost = progressiveHost();
type NaProgressiveHost = InstanceType<typeof NaProgressiveHost>;
defineElement('na-test-progressive', NaProgressiveHost);
defineElement('na-test-progressive-frames', progressiveHost(0));

/** Two lists one after the other, by `count`: the second starts once the first is whole. */
class NaProgressiveSequence extends NaTestInstrument {
  progressive = new Progressive(this, 2);
  protected override renderInstrument() {
    const [a, b] = [this.value.items.slice(0, 3), this.value.items.slice(3)];
    const shown = this.progressive.count(a.length + b.length);
    return html`<ol id="a">${a.slice(0, shown).map((i) => html`<li>${i}</li>`)}</ol>
      ${shown > a.length ? html`<ol id="b">${b.slice(0, shown - a.length).map((i) => html`<li>${i}</li>`)}</ol>` : ''}`;
  }
}
defineElement('na-test-progressive-sequence', NaProgressiveSequence);

describe('core: a long list renders its first items first (Progressive)', () => {
  afterEach(() => unmountAll());
  const items = ['een', 'twee', 'drie', 'vier', 'vijf'];
  const shownItems = (el: HTMLElement) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent);

  it('the first render shows the first items, each next task more; updateComplete waits for all of them', async () => {
    const { el, steps } = await renderSteps<NaProgressiveHost>('na-test-progressive', { value: { schemaVersion: 2, items } }, 'li', { below: '#after, [part~="toolbar"]' });
    expect(shownItems(el), 'all of them at updateComplete').to.deep.equal(items);
    expect(steps.map((s) => s.items), 'two more each step').to.deep.equal([2, 4, 5]);
    expect(steps.map((s) => s.below), 'what is below the list (and the toolbar) comes when it is whole').to.deep.equal([false, false, true]);
    expect(steps[2]!.tops.slice(0, 2), 'nothing shown moves as the list grows').to.deep.equal(steps[0]!.tops);
    expect(movedSince(steps[0]!)).to.deep.equal([]);
    expect(shadow(el).querySelector('[part~="toolbar"]'), 'the toolbar at the end').to.exist;
  });

  it('shows the lists\' frames alone first when asked (first = 0), then their items', async () => {
    const { el, steps } = await renderSteps<NaProgressiveHost>('na-test-progressive-frames', { value: { schemaVersion: 2, items } }, 'li', { below: '#after' });
    expect(steps.map((s) => s.items)).to.deep.equal([0, 2, 4, 5]);
    expect(steps[0]!.below).to.equal(false);
    expect(shadow(el).querySelector('ol'), 'the frame from the first render on').to.exist;
    expect(movedSince(steps[1]!)).to.deep.equal([]);
  });

  it('count(total): lists one after the other, the next once the one above is whole', async () => {
    const { el, steps } = await renderSteps<NaProgressiveSequence>('na-test-progressive-sequence', { value: { schemaVersion: 2, items } }, 'li');
    expect(steps.map((s) => s.items)).to.deep.equal([2, 4, 5]);
    expect(shadow(el).querySelectorAll('#b li')).to.have.length(2);
    expect(movedSince(steps[0]!)).to.deep.equal([]);
    expect(steps.map((s) => s.below), 'the toolbar once both are whole').to.deep.equal([false, false, true]);
  });

  it('after the first render, a longer list is rendered whole at once', async () => {
    const el = await mount<NaProgressiveHost>('na-test-progressive', { properties: { value: { schemaVersion: 2, items: ['een'] } } });
    el.value = { schemaVersion: 2, items };
    await new Promise((r) => requestAnimationFrame(r));
    expect(shownItems(el)).to.deep.equal(items);
  });
});
