/**
 * The work one edit causes (issue 32 item 7), never timed: the summary 'Interesses en waarden op
 * een rij' below the grid follows every edit, and while it is off screen the browser does not lay
 * it out or paint it until it comes near.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, unmountAll, shadow, inputByLabel, nextFrame, type } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import { interessesWaardenExample, type NaInteressesWaarden } from '@niet-alleen/talentenkaart';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('<na-interesses-waarden>: the work one edit causes', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('typing with the summary off screen leaves its layout for when it comes near', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount<NaInteressesWaarden>('na-interesses-waarden', { properties: { value: structuredClone(interessesWaardenExample) } });
    await frames();
    const summary = shadow(el).querySelector<HTMLElement>('[part~="summary"]')!;
    const content = summary.querySelector('section')!;
    expect(summary.getBoundingClientRect().top, 'the summary starts below the screen').to.be.greaterThan(innerHeight);
    const field = inputByLabel(el, 'Eigen interesse 1') as HTMLInputElement;
    type(field, `${field.value}Zingen`);
    await el.updateComplete;
    await frames();
    expect(content.checkVisibility({ contentVisibilityAuto: true }), 'off screen: not laid out or painted').to.be.false;
    summary.scrollIntoView();
    await frames();
    expect(content.checkVisibility({ contentVisibilityAuto: true }), 'on screen: shown').to.be.true;
    expect(content.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
