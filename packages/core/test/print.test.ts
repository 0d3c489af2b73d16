/**
 * What every instrument looks like on paper (issue 21): an empty date prints as a blank to write
 * on, not as a 'dd-mm-jjjj' placeholder with a calendar icon; a text area prints no resize grip.
 * Checked under emulated print media, as the browser lays the page out for the printer.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import { NaInstrumentElement, defineElement, textField } from '@niet-alleen/core';
import { mount, unmountAll, shadow, inkIn } from '@niet-alleen/core/testing';
import { testDefinition, type TestValue } from './test-instrument.js';

class NaPrintFields extends NaInstrumentElement<TestValue> {
  protected get definition() {
    return testDefinition;
  }
  protected renderInstrument() {
    const field = (id: string, type: 'date' | 'text', value: string, multiline = false) =>
      textField({ id, label: id, type, value, multiline, onInput: () => undefined });
    return html`${field('empty-date', 'date', '')} ${field('filled-date', 'date', '2026-03-04')} ${field('notes', 'text', 'Tekst', true)}`;
  }
}
defineElement('na-print-fields', NaPrintFields);

const control = (el: Element, id: string) => shadow(el).getElementById(id) as HTMLInputElement | HTMLTextAreaElement;

/** Lays the page out for the printer; false where this runner cannot emulate print media (Firefox over BiDi, WebKit). */
const printMedia = () => emulateMedia({ media: 'print' }).then(() => true, () => false);

describe('core: print styles of form fields', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' }).catch(() => undefined);
    unmountAll();
  });

  it('an empty date prints blank (no placeholder, no calendar icon); a filled date prints its date without the icon', async function () {
    const el = await mount('na-print-fields');
    const empty = control(el, 'empty-date');
    const filled = control(el, 'filled-date');
    // Inside the field, above its bottom line (the line to write on); the last 2.5em is where the icon sits.
    const inside = (input: Element) => {
      const r = input.getBoundingClientRect();
      return { x: r.x + 2, y: r.y + 2, width: r.width - 4, height: r.height - 6 };
    };
    const iconArea = (input: Element) => {
      const r = inside(input);
      return { ...r, x: r.x + r.width - 40, width: 40 };
    };
    // On screen the placeholder is there: the count sees it.
    const onScreen = await inkIn(inside(empty));
    if (onScreen === null) return; // this runner cannot take screenshots
    expect(onScreen, 'ink of the placeholder on screen').to.be.above(0);
    if (!(await printMedia())) return this.skip();
    expect(await inkIn(inside(empty)), 'ink inside an empty date on paper').to.equal(0);
    expect(await inkIn(inside(filled)), 'a filled date is printed').to.be.above(0);
    expect(await inkIn(iconArea(filled)), 'ink where the calendar icon was').to.equal(0);
  });

  it('a text area prints no resize grip', async function () {
    const el = await mount('na-print-fields');
    expect(getComputedStyle(control(el, 'notes')).resize).to.equal('vertical');
    if (!(await printMedia())) return this.skip();
    expect(getComputedStyle(control(el, 'notes')).resize).to.equal('none');
  });
});
