/**
 * The React wrappers of @niet-alleen/react (generated with @lit/react for every element), run for real
 * with React 18 (which passes neither properties nor custom events to custom elements by itself): typed
 * props reach the element's `value` and `onNa…` props receive its events, so a React page can hold the
 * instrument's value in its own state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { NaInvalidEvent } from '@niet-alleen/core';
import { signaleringskaartExample, type NaSignaleringskaart, type SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import { buttonByText, shadow } from '@niet-alleen/core/testing';

// React's CommonJS entry points read process.env.NODE_ENV when they are evaluated.
(globalThis as unknown as { process: unknown }).process ??= { env: { NODE_ENV: 'production' } };
// Converted from CommonJS: the exports are the default export, or named where they could be detected.
const cjs = <T>(module: { default?: T }) => (module.default ?? module) as T;
const React = cjs<typeof import('react')>(await import('react'));
const { createRoot } = cjs<typeof import('react-dom/client')>(await import('react-dom/client'));
const { flushSync } = cjs<typeof import('react-dom')>(await import('react-dom'));
const { Signaleringskaart, Werkwijze, eventProp } = await import('@niet-alleen/react');

/** Lets React commit what an element event scheduled (React batches updates from native events). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('React 18 with @niet-alleen/react', () => {
  let host: HTMLDivElement;
  let root: ReturnType<typeof createRoot>;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('passes value as a property and na-change back into React state; readonly as a prop', async () => {
    const seen: SignaleringskaartValue[] = [];
    let forwarded: string[] = [];
    function Page() {
      const [value, setValue] = React.useState<SignaleringskaartValue>(signaleringskaartExample);
      seen.push(value);
      return React.createElement(Signaleringskaart, {
        value,
        onNaChange: (e) => setValue(e.detail.value), // typed: a NaChangeEvent<SignaleringskaartValue>
        onNaSignalForward: (e) => (forwarded = e.detail.groups),
      });
    }
    flushSync(() => root.render(React.createElement(Page)));
    const el = host.querySelector('na-signaleringskaart') as NaSignaleringskaart;
    await el.updateComplete;
    expect(el.value).to.deep.equal(signaleringskaartExample);

    const unmarked = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) => !box.checked)!;
    unmarked.click();
    // React renders the state change in a task of its scheduler, not within the click: wait for it.
    await waitUntil(() => seen.at(-1)!.marked.length === signaleringskaartExample.marked.length + 1, 'React did not render the new value');
    await el.updateComplete;
    expect(seen.at(-1)!.marked).to.have.length(signaleringskaartExample.marked.length + 1);
    expect(el.value).to.deep.equal(seen.at(-1));

    shadow(el).querySelector<HTMLInputElement>('input[type="radio"][value="doorgeven"]')!.click();
    await settled();
    await el.updateComplete;
    buttonByText(el, 'Geef het signaal door').click();
    expect(forwarded.length).to.be.greaterThan(0);
  });

  it('an invalid value from React is refused: the element keeps its value and onInvalid hears why; undefined is no value', async () => {
    const issues: unknown[] = [];
    const render = (value: unknown) =>
      flushSync(() =>
        root.render(
          React.createElement(Signaleringskaart, {
            value: value as SignaleringskaartValue,
            onNaInvalid: (e: NaInvalidEvent) => issues.push(e.detail.source),
          }),
        ),
      );
    render(signaleringskaartExample);
    const el = host.querySelector('na-signaleringskaart') as NaSignaleringskaart;
    await el.updateComplete;
    render({ schemaVersion: 1, marked: 'not a list' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(signaleringskaartExample);
    expect(issues).to.deep.equal(['property']);
    // value={undefined} (React unsetting the prop) keeps the element's own value and is no error.
    render(undefined);
    await el.updateComplete;
    expect(el.value).to.deep.equal(signaleringskaartExample);
    expect(issues).to.deep.equal(['property']);
  });

  it('every element has its component with every event it documents as an onNa… prop', async () => {
    expect(eventProp('na-phase-change')).to.equal('onNaPhaseChange');
    const phases: string[] = [];
    flushSync(() => root.render(React.createElement(Werkwijze, { onNaPhaseChange: (e) => phases.push(e.detail.phase) })));
    const el = host.querySelector('na-werkwijze')!;
    await el.updateComplete;
    expect(el).to.be.instanceOf(customElements.get('na-werkwijze')!);
    el.dispatchEvent(new CustomEvent('na-phase-change', { detail: { phase: 'luisteren' } }));
    expect(phases).to.deep.equal(['luisteren']);
  });
});
