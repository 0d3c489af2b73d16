/**
 * The work one edit causes (issue 32 item 7), never timed: the suggestions below the cards ('Welke
 * wensen worden gedeeld?', 'Wie kan wie helpen met een talent?') follow every edit, and while they
 * are off screen the browser does not lay them out or paint them until they come near.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, unmountAll, shadow, nextFrame, type } from '@niet-alleen/core/testing';
import '@niet-alleen/talentenkaart';
import { talentenkaartGroepExample, type NaTalentenkaartGroep } from '@niet-alleen/talentenkaart';

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('<na-talentenkaart-groep>: the work one edit causes', () => {
  afterEach(async () => {
    unmountAll();
    await setViewport({ width: 800, height: 600 });
  });

  it('typing a wish with the suggestions off screen leaves their layout for when they come near', async () => {
    // A phone: the three cards one below the other, the suggestions well below the screen.
    await setViewport({ width: 390, height: 844 });
    const el = await mount<NaTalentenkaartGroep>('na-talentenkaart-groep', { properties: { value: structuredClone(talentenkaartGroepExample) } });
    await frames();
    const parts = ['shared-wishes', 'matches'].map((p) => shadow(el).querySelector<HTMLElement>(`[part~="${p}"]`)!);
    for (const part of parts) expect(part.getBoundingClientRect().top, 'below the screen').to.be.greaterThan(innerHeight);
    const field = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>('#p-truus-wish1-wish')!;
    type(field, `${field.value} en fietsen`);
    await el.updateComplete;
    await frames();
    for (const part of parts) expect(part.querySelector('section')!.checkVisibility({ contentVisibilityAuto: true }), 'off screen: not laid out or painted').to.be.false;
    parts[1]!.scrollIntoView();
    await frames();
    expect(parts[1]!.querySelector('section')!.checkVisibility({ contentVisibilityAuto: true }), 'on screen: shown').to.be.true;
  });
});
