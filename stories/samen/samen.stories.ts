import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@niet-alleen/partnerschapskaart';
import { partnerschapskaartExample, type NaPartnerschapskaart, type PartnerschapskaartValue } from '@niet-alleen/partnerschapskaart';
import { partnerschapskaartDefinition } from '@niet-alleen/partnerschapskaart/schema';
import { SamenSession, memoryProvider, type SamenProvider } from '@niet-alleen/samen';

/**
 * Two participants on one card, on one page: each element is its own participant with its own
 * Yjs document, joined through the in-memory provider (nothing leaves the page). An edit in one
 * card appears in the other; undo takes back one's own edits only. With a real server each
 * participant is on their own laptop: see docs/organisaties/samen.md.
 */
const meta: Meta = {
  title: 'Samen/Twee deelnemers',
  tags: ['autodocs'],
};
export default meta;

const sessions = new WeakMap<Element, SamenSession<PartnerschapskaartValue>>();

function join(provider: SamenProvider, room: string, name: string) {
  return ref((element) => {
    if (!element) return;
    const card = element as NaPartnerschapskaart;
    sessions.get(card)?.destroy();
    void card.updateComplete.then(() => {
      sessions.set(card, new SamenSession(card, { room, provider, definition: partnerschapskaartDefinition, user: { name } }));
    });
  });
}

export const TweeDeelnemers: StoryObj = {
  name: 'Twee deelnemers, één kaart',
  render: () => {
    const provider = memoryProvider();
    const room = 'verhaal-twee-deelnemers';
    return html`<div style="display:grid;gap:2rem">
      <section aria-label="Anna">
        <na-partnerschapskaart heading-level="2" .value=${partnerschapskaartExample} ${join(provider, room, 'Anna')}></na-partnerschapskaart>
      </section>
      <section aria-label="Bram">
        <na-partnerschapskaart heading-level="2" ${join(provider, room, 'Bram')}></na-partnerschapskaart>
      </section>
    </div>`;
  },
};
