/**
 * Core's texts rest on @lit/localize's internals (packages/core/src/lit-localize-internals.ts): if
 * an update of @lit/localize changes their shape, these tests fail before a user sees Dutch where
 * English was asked for, or an element that no longer re-renders on setLocale.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { LOCALE_STATUS_EVENT as publicStatusEvent, updateWhenLocaleChanges } from '@lit/localize';
import { LOCALE_STATUS_EVENT, generateMsgId, messageIdPattern, messageKeyLength, runtimeMsg, str } from '../src/lit-localize-internals.js';
import { templates as english } from '../src/locales/en.js';
import { setTexts } from '@niet-alleen/core';
import { msg } from '@niet-alleen/core/msg';

describe('core: the @lit/localize internals it rests on', () => {
  afterEach(() => setTexts('nl', {}));

  it('generateMsgId gives the ids that lit-localize extract wrote into the XLIFF', () => {
    expect(generateMsgId('Afdrukken', false)).to.equal('s0d7ec0bb6fc36bee');
    expect(generateMsgId(['Toegevoegd: ', ''], false)).to.equal('se2ebba5e63ab8e98');
    // The example in @lit/localize's own documentation of generateMsgId.
    expect(generateMsgId(['Hello <b>', '</b>!'], true)).to.equal('h82ccc38d4d46eaa9');
    expect(english).to.have.property(generateMsgId('Afdrukken', false), 'Print');
  });

  it('every id in the generated translations has the shape messageIdPattern expects, and is unique in its first messageKeyLength characters', () => {
    const ids = Object.keys(english);
    expect(ids.length).to.be.greaterThan(10);
    for (const id of ids) expect(id).to.match(messageIdPattern);
    expect(new Set(ids.map((id) => id.slice(0, messageKeyLength))).size).to.equal(ids.length);
  });

  it('str keeps strings and values apart, and runtimeMsg puts a translation’s values in its own order', () => {
    const template = str`${'Els'} en ${'Peter'} zijn al verbonden.`;
    expect(template).to.deep.include({ strTag: true, values: ['Els', 'Peter'] });
    expect([...template.strings]).to.deep.equal(['', ' en ', ' zijn al verbonden.']);
    const id = generateMsgId(template.strings, false);
    const translated = { [id]: { strTag: true, strings: ['Er is al een lijn tussen ', ' en ', '.'], values: [1, 0] } };
    expect(runtimeMsg(translated as never, template, undefined)).to.equal('Er is al een lijn tussen Peter en Els.');
    expect(runtimeMsg({ [generateMsgId('Afdrukken', false)]: 'Print' } as never, 'Afdrukken', undefined)).to.equal('Print');
    expect(runtimeMsg({} as never, template, undefined)).to.equal('Els en Peter zijn al verbonden.');
  });

  it('sends the status event that @lit/localize’s public updateWhenLocaleChanges listens for', async () => {
    expect(LOCALE_STATUS_EVENT).to.equal(publicStatusEvent);
    // An element of the app, localized the public way, re-renders when core's texts change.
    class AppElement extends LitElement {
      constructor() {
        super();
        updateWhenLocaleChanges(this);
      }
      override render() {
        return html`<button>${msg('Afdrukken')}</button>`;
      }
    }
    customElements.define('na-test-app-element', AppElement);
    const el = document.body.appendChild(new AppElement());
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('Afdrukken');
      setTexts('nl', { Afdrukken: 'Print op papier' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.equal('Print op papier');
    } finally {
      el.remove();
    }
  });
});
