/**
 * The work one mark causes (issue 32 item 7), never timed: the summary 'Voor het gesprek' below the
 * card follows every mark, and while it is off screen the browser does not lay it out or paint it
 * until it comes near; it is all there once it does.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, unmountAll, shadow, inputByLabel, nextFrame } from '@niet-alleen/core/testing';
import '@niet-alleen/signaleringskaart';
import { signaleringskaartExample, type NaSignaleringskaart } from '@niet-alleen/signaleringskaart';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('<na-signaleringskaart>: the work one mark causes', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('a mark with the summary off screen leaves its layout for when it comes near', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount<NaSignaleringskaart>('na-signaleringskaart', { properties: { value: structuredClone(signaleringskaartExample) } });
    await frames();
    const summary = shadow(el).querySelector<HTMLElement>('[part~="summary"]')!;
    const content = summary.querySelector('section')!;
    expect(summary.getBoundingClientRect().top, 'the summary starts below the screen').to.be.greaterThan(innerHeight);
    inputByLabel(el, 'hoofdpijn').click();
    await el.updateComplete;
    await frames();
    expect(summary.textContent, 'the summary follows the mark').to.contain('hoofdpijn');
    expect(content.checkVisibility({ contentVisibilityAuto: true }), 'off screen: not laid out or painted').to.be.false;
    summary.scrollIntoView();
    await frames();
    expect(content.checkVisibility({ contentVisibilityAuto: true }), 'on screen: shown').to.be.true;
    expect(content.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(summary.textContent).to.contain('hoofdpijn');
  });
});
