// The display primitives: note card, section, empty state.
import { expect } from '@open-wc/testing';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaNoteCard, NaSection, NaEmptyState } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, deepActiveElement, expectFocusVisible } from './helpers.js';

describe('<na-note-card>', () => {
  afterEach(cleanup);

  it('shows text and author, with the colour of its slot; never colour alone', async () => {
    const el = fixture(h('na-note-card', { text: 'Samen koken\nop dinsdag', author: 'Fatma', colorIndex: 3 })) as NaNoteCard;
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="note"]')!;
    expect(note.querySelector('.na-readonly-text')!.textContent).to.equal('Samen koken\nop dinsdag');
    expect(note.querySelector('.na-note__author')!.textContent).to.equal('Fatma');
    const colour = getComputedStyle(note).backgroundColor;
    el.colorIndex = 1;
    await el.updateComplete;
    expect(getComputedStyle(note).backgroundColor).to.not.equal(colour);
    await expect(el).to.be.accessible();
  });

  it('clamps the colour index to 1–6 and reflects color-index', async () => {
    const el = fixture(h('na-note-card', { '@text': 'x', '@color-index': '9' })) as NaNoteCard;
    await el.updateComplete;
    expect(el.colorIndex).to.equal(9);
    const note = el.shadowRoot!.querySelector<HTMLElement>('[part="note"]')!;
    expect(note.dataset.color).to.equal('6');
    expect(note.hasAttribute('style'), 'no style attribute (strict CSP)').to.be.false;
  });

  it('slotted actions are reachable with Tab, focus visible', async () => {
    const before = fixture(h('button', {}, 'ervoor'));
    const action = h('button', { slot: 'actions' }, 'Verwijder');
    const el = fixture(h('na-note-card', { text: 'Samen koken' }, action)) as NaNoteCard;
    await el.updateComplete;
    await tabInto(before);
    expect(deepActiveElement()).to.equal(action);
    expect(action.matches(':focus-visible')).to.be.true;
    await expect(el).to.be.accessible();
  });
});

describe('<na-section>', () => {
  afterEach(cleanup);

  it('is a region named by a real heading at the requested level, with the slotted content', async () => {
    const content = h('p', {}, 'Inhoud');
    const el = fixture(h('na-section', { heading: 'Mijn netwerk', headingLevel: 3, description: 'Wie is er voor u?' }, content)) as NaSection;
    await el.updateComplete;
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = section.querySelector('h3')!;
    expect(heading.textContent).to.equal('Mijn netwerk');
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(section.querySelector('.na-subtle')!.textContent).to.equal('Wie is er voor u?');
    expect(section.querySelector('slot')!.assignedElements()).to.deep.equal([content]);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(section.querySelector('h6')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('slotted controls keep their place in the Tab order and show focus', async () => {
    const before = fixture(h('button', {}, 'ervoor'));
    const inner = h('button', {}, 'Binnenin');
    fixture(h('na-section', { heading: 'Sectie' }, inner));
    await tabInto(before);
    expect(deepActiveElement()).to.equal(inner);
    expectFocusVisible();
  });
});

describe('<na-empty-state>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });

  it('shows a default title in the active language, overridable, and a description', async () => {
    const el = fixture(h('na-empty-state')) as NaEmptyState;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Hier staat nog niets');
    await setLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
    el.heading = 'Nog geen contacten';
    el.description = 'Voeg hieronder iemand toe.';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nog geen contacten Voeg hieronder iemand toe.');
    await expect(el).to.be.accessible();
  });

  it('is not focusable: Tab passes it', async () => {
    const before = fixture(h('button', {}, 'ervoor'));
    fixture(h('na-empty-state'));
    const after = fixture(h('button', {}, 'erna'));
    await tabInto(before);
    expect(deepActiveElement()).to.equal(after);
  });
});
