import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@niet-alleen/core';
import '@niet-alleen/ui';
import type { NaToolbar, NaButton } from '@niet-alleen/ui';
import { cleanup, fixture, h, tabInto, deepActiveElement, expectFocusVisible } from './helpers.js';

describe('<na-toolbar>', () => {
  afterEach(async () => {
    cleanup();
    await setLocale('nl');
  });

  const make = async (useNaButton: boolean) => {
    const before = fixture(h('button', {}, 'ervoor'));
    const names = ['Afdrukken', 'Exporteren', 'Importeren'];
    const buttons = names.map((name) => (useNaButton ? h('na-button', {}, name) : h('button', { type: 'button' }, name)));
    const el = fixture(h('na-toolbar', {}, ...buttons)) as NaToolbar;
    const after = fixture(h('button', {}, 'erna'));
    await el.updateComplete;
    await Promise.all(buttons.map((b) => (b as NaButton).updateComplete));
    /** The native button a name belongs to (through na-button's shadow root). */
    const native = (i: number) => (useNaButton ? buttons[i]!.shadowRoot!.querySelector('button')! : buttons[i]!);
    return { before, after, el, buttons, native };
  };

  for (const useNaButton of [true, false]) {
    const kind = useNaButton ? '<na-button>' : '<button>';

    it(`with ${kind}: is one Tab stop, arrows move focus, Home/End jump, focus is visible`, async () => {
      const { before, after, native } = await make(useNaButton);
      await tabInto(before);
      expect(deepActiveElement()).to.equal(native(0));
      expectFocusVisible();
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement()).to.equal(native(1));
      expectFocusVisible();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActiveElement(), 'wraps to the first').to.equal(native(0));
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActiveElement(), 'wraps to the last').to.equal(native(2));
      await sendKeys({ press: 'Home' });
      expect(deepActiveElement()).to.equal(native(0));
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(native(2));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), 'Tab leaves the toolbar').to.equal(after);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement(), 'comes back to the button used last').to.equal(native(2));
    });

    it(`with ${kind}: Enter activates the focused button`, async () => {
      const { before, buttons } = await make(useNaButton);
      const clicked: string[] = [];
      buttons.forEach((b) => b.addEventListener('click', () => clicked.push(b.textContent!)));
      await tabInto(before);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      expect(clicked).to.deep.equal(['Exporteren']);
    });
  }

  it('is a named toolbar; the name and orientation can be set', async () => {
    const { el } = await make(true);
    const bar = el.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal('Werkbalk');
    await setLocale('en');
    await el.updateComplete;
    expect(bar.getAttribute('aria-label')).to.equal('Toolbar');
    el.label = 'Kaart';
    el.orientation = 'vertical';
    await el.updateComplete;
    expect(bar.getAttribute('aria-label')).to.equal('Kaart');
    expect(bar.getAttribute('aria-orientation')).to.equal('vertical');
    await expect(el).to.be.accessible();
  });

  it('vertical: up and down arrows move focus', async () => {
    const { before, el, native } = await make(false);
    el.orientation = 'vertical';
    await el.updateComplete;
    await tabInto(before);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(native(1));
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()).to.equal(native(0));
  });

  it('right-to-left: ArrowLeft moves to the next button', async () => {
    const { before, el, native } = await make(true);
    el.dir = 'rtl';
    await tabInto(before);
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(native(1));
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(native(0));
  });

  it('a disabled na-button stays reachable (aria-disabled)', async () => {
    const { before, buttons, native } = await make(true);
    (buttons[1] as NaButton).disabled = true;
    await (buttons[1] as NaButton).updateComplete;
    await tabInto(before);
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(native(1));
  });
});
