/**
 * The React recipe of docs/ontwikkelaars/README.md, run for real with React 18 (which passes
 * neither properties nor custom events to custom elements by itself): `createComponent` from
 * @lit/react gives typed props that reach the element's `value` and `on…` props that receive
 * its events, so a React page can hold the instrument's value in its own state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EventName } from '@lit/react';
import type { NaChangeEvent, NaInvalidEvent } from '@niet-alleen/core';
import { NaSignaleringskaart, signaleringskaartExample, type NaSignalForwardEvent, type SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import { buttonByText, shadow } from '@niet-alleen/core/testing';

// React's CommonJS entry points read process.env.NODE_ENV when they are evaluated.
(globalThis as unknown as { process: unknown }).process ??= { env: { NODE_ENV: 'production' } };
// Converted from CommonJS: the exports are the default export, or named where they could be detected.
const cjs = <T>(module: { default?: T }) => (module.default ?? module) as T;
const React = cjs<typeof import('react')>(await import('react'));
const { createRoot } = cjs<typeof import('react-dom/client')>(await import('react-dom/client'));
const { flushSync } = cjs<typeof import('react-dom')>(await import('react-dom'));
const { createComponent } = await import('@lit/react');

const Signaleringskaart = createComponent({
  tagName: 'na-signaleringskaart',
  elementClass: NaSignaleringskaart,
  react: React,
  events: {
    onChange: 'na-change' as EventName<NaChangeEvent<SignaleringskaartValue>>,
    onInvalid: 'na-invalid' as EventName<NaInvalidEvent>,
    onSignalForward: 'na-signal-forward' as EventName<NaSignalForwardEvent>,
  },
});

/** Lets React commit what an element event scheduled (React batches updates from native events). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('React 18 with @lit/react', () => {
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
        onChange: (e: NaChangeEvent<SignaleringskaartValue>) => setValue(e.detail.value),
        onSignalForward: (e: NaSignalForwardEvent) => (forwarded = e.detail.groups),
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
            onInvalid: (e: NaInvalidEvent) => issues.push(e.detail.source),
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
});
