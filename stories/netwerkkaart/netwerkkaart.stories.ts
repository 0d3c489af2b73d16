import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@niet-alleen/netwerkkaart';
import {
  type NaNetwerkkaart,
  emptyNetwerkkaart, generatedNetwerkkaart, lokaalNetwerkExample, netwerkkaartExample, type NetwerkkaartValue,
} from '@niet-alleen/netwerkkaart';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: NetwerkkaartValue;
  readonly: boolean;
  pseudonymise: boolean;
  /** The list of all contacts under the map, opened (closed by default; print always shows it). */
  listOpen: boolean;
}

const meta: Meta<Args> = {
  title: 'Instrumenten/Netwerkkaart',
  component: 'na-netwerkkaart',
  tags: ['autodocs'],
  args: { readonly: false, pseudonymise: false, listOpen: false },
  render: ({ value, readonly, pseudonymise, listOpen }) =>
    html`<na-netwerkkaart .value=${value ?? emptyNetwerkkaart()} ?readonly=${readonly} ?pseudonymise=${pseudonymise} ?list-open=${listOpen}></na-netwerkkaart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The example with more ties between contacts. */
const withTies: NetwerkkaartValue = {
  ...netwerkkaartExample,
  ties: [
    ...netwerkkaartExample.ties,
    { id: 't5', from: 'ria', to: 'henk' },
    { id: 't6', from: 'ria', to: 'koor' },
    { id: 't7', from: 'els', to: 'ans' },
    { id: 't8', from: 'wijk', to: 'eetclub' },
  ],
};

/** Two dated versions: half a year earlier the network was smaller and further away. */
const withSnapshot: NetwerkkaartValue = {
  ...netwerkkaartExample,
  snapshots: [
    {
      id: 's1',
      date: '2025-09-15',
      label: '',
      contacts: netwerkkaartExample.contacts
        .filter((c) => !['eetclub', 'koor'].includes(c.id))
        .map((c) => (c.id === 'ans' ? { ...c, ring: 2 } : c.id === 'peter' ? { ...c, ring: 2 } : c))
        .concat([{ ...netwerkkaartExample.contacts[2]!, id: 'jan', name: 'Jan (overleden)', ring: 1, domain: 'familie' }]),
      ties: [],
    },
  ],
};

/** A partner who died is often where loneliness starts: kept on the map, in a light shape with a cross, listed apart. */
const withDeceased: NetwerkkaartValue = {
  ...netwerkkaartExample,
  contacts: [
    ...netwerkkaartExample.contacts,
    { ...netwerkkaartExample.contacts[0]!, id: 'jan', name: 'Jan (man)', ring: 1, domain: 'familie', support: [], valuation: null, wishes: [], note: 'Overleden in 2024.', x: null, y: null, deceased: true },
  ],
};

/**
 * A cat beside the people, and support with a direction: Els gives practical help and the two
 * share their worries; Mevrouw Bakker helps Ans with the shopping (Ans receives).
 */
const withPet: NetwerkkaartValue = {
  ...netwerkkaartExample,
  contacts: [
    ...netwerkkaartExample.contacts.map((c) =>
      c.id === 'els' ? { ...c, supportDirection: { praktisch: 'geeft' as const, emotioneel: 'beide' as const } }
        : c.id === 'ans' ? { ...c, supportDirection: { praktisch: 'krijgt' as const } }
          : c),
    { ...netwerkkaartExample.contacts[0]!, id: 'minoes', name: 'Minoes (kat)', kind: 'niet-menselijk', ring: 1, domain: 'familie', support: ['gezelschap'], supportDirection: { gezelschap: 'beide' }, valuation: 'positief', wishes: [], note: '', x: null, y: null },
  ],
};
/** Everything of issue 33 at once, on paper: a deceased partner, a strained tie, a pet, directions, the summary. */
const withAll: NetwerkkaartValue = {
  ...withPet,
  contacts: [...withPet.contacts, withDeceased.contacts.at(-1)!],
  ties: [...withPet.ties, { id: 't9', from: 'els', to: 'ria', strained: true }],
};

export const Blanco: Story = { name: 'Blanco kaart' };
export const Voorbeeld: Story = { args: { value: netwerkkaartExample } };
export const HonderdVijftig: Story = { name: '150 contacten', args: { value: generatedNetwerkkaart(150, 40) } };
export const Verbindingen: Story = { name: 'Verbindingen tussen contacten', args: { value: withTies } };
export const Pseudoniem: Story = { name: 'Initialen (gepseudonimiseerd)', args: { value: netwerkkaartExample, pseudonymise: true } };
export const Lokaal: Story = { name: 'Mijn lokale netwerk (11.2)', args: { value: lokaalNetwerkExample } };
/** A strained tie or conflict: a dashed line, explained in the legend and named in the list. */
const withStrained: NetwerkkaartValue = {
  ...withTies,
  ties: withTies.ties.map((t) => (t.id === 't7' ? { ...t, strained: true } : t)),
};
export const Gespannen: Story = { name: 'Een gespannen verbinding', args: { value: withStrained } };
export const Overleden: Story = { name: 'Een overleden partner', args: { value: withDeceased } };
export const Huisdier: Story = { name: 'Een huisdier en steun met een richting', args: { value: withPet } };
export const HuisdierEngels: Story = { name: 'English: a pet, support with a direction, the summary', args: { value: withAll }, parameters: { locale: 'en' } };
export const AfdrukvoorbeeldKenmerken: Story = {
  name: 'Afdrukvoorbeeld (overleden, gespannen, huisdier, richting, samenvatting)',
  render: () => paper(html`<na-netwerkkaart print-preview .value=${withAll}></na-netwerkkaart>`),
};
export const Vergelijking: Story = { name: 'Vergelijken door de tijd', args: { value: withSnapshot } };
export const AlleenLezen: Story = { name: 'Alleen lezen', args: { value: netwerkkaartExample, readonly: true } };
export const Engels: Story = { name: 'English', args: { value: netwerkkaartExample }, parameters: { locale: 'en' } };
/** The list of all contacts, opened with "Toon de lijst" under the map (closed by default, issue 33). */
export const LijstOpen: Story = { name: 'De lijst van alle contacten, geopend', args: { value: withTies, listOpen: true } };
export const LijstOpenEngels: Story = { name: 'English: the list of all contacts, opened', args: { value: withTies, listOpen: true }, parameters: { locale: 'en' } };
export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: netwerkkaartExample },
  render: ({ value }) => narrow(html`<na-netwerkkaart .value=${value}></na-netwerkkaart>`),
};
export const Afdrukvoorbeeld: Story = {
  args: { value: netwerkkaartExample },
  render: ({ value }) => paper(html`<na-netwerkkaart print-preview .value=${value}></na-netwerkkaart>`),
};
export const AfdrukvoorbeeldBlanco: Story = {
  name: 'Afdrukvoorbeeld (blanco kaart)',
  render: () => paper(html`<na-netwerkkaart print-preview></na-netwerkkaart>`),
};
export const Thema: Story = { name: 'Thema: Gemeente Rivierstad', args: { value: withTies }, parameters: { theme: 'gemeente-rivierstad' } };
export const Donker: Story = { name: 'Thema: donker', args: { value: netwerkkaartExample }, parameters: { theme: 'gemeente-duinwijk-donker' } };
/** A phone (390 × 844): the map fills the width, names of 12 px and more, contacts are 24 px targets. */
export const Telefoon: Story = {
  name: 'Telefoon (390 px)',
  args: { value: netwerkkaartExample },
  parameters: { viewport: { options: { telefoon: { name: 'Telefoon', styles: { width: '390px', height: '844px' }, type: 'mobile' } } } },
  globals: { viewport: { value: 'telefoon', isRotated: false } },
};
/** A tablet (1024 × 768): the map fits the screen's height. */
export const Tablet: Story = {
  name: 'Tablet (1024 px)',
  args: { value: withTies },
  parameters: { viewport: { options: { tablet: { name: 'Tablet', styles: { width: '1024px', height: '768px' }, type: 'tablet' } } } },
  globals: { viewport: { value: 'tablet', isRotated: false } },
};

/** Presses the map's own zoom button `times` times once the map is drawn, as a person would. */
const zoomedIn = (times: number) =>
  ref((node) => {
    const el = node as NaNetwerkkaart | undefined;
    void el?.updateComplete.then(() => {
      const zoomIn = el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-controls button');
      for (let i = 0; i < times; i++) zoomIn?.click();
    });
  });
/**
 * 150 contacts on a tablet, zoomed in twice (225 %): names and contacts keep their size on screen
 * while the contacts spread, so more names fit. Pinch, two fingers, Ctrl + wheel or + and - zoom;
 * "Passend maken" shows the whole map again. Print and exports always show the whole map.
 */
export const Ingezoomd: Story = {
  name: '150 contacten, ingezoomd (tablet)',
  args: { value: generatedNetwerkkaart(150, 40) },
  render: ({ value }) => html`<na-netwerkkaart .value=${value} ${zoomedIn(2)}></na-netwerkkaart>`,
  parameters: { viewport: { options: { tablet: { name: 'Tablet', styles: { width: '1024px', height: '768px' }, type: 'tablet' } } } },
  globals: { viewport: { value: 'tablet', isRotated: false } },
};
/** The same on a phone, zoomed in three times (338 %): a name that does not fit shows on focus or under the finger. */
export const IngezoomdTelefoon: Story = {
  name: '150 contacten, ingezoomd (telefoon)',
  args: { value: generatedNetwerkkaart(150, 40) },
  render: ({ value }) => html`<na-netwerkkaart .value=${value} ${zoomedIn(3)}></na-netwerkkaart>`,
  parameters: { viewport: { options: { telefoon: { name: 'Telefoon', styles: { width: '390px', height: '844px' }, type: 'mobile' } } } },
  globals: { viewport: { value: 'telefoon', isRotated: false } },
};
