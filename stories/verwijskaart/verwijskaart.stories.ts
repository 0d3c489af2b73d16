import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@niet-alleen/signaleringskaart';
import '@niet-alleen/verwijskaart';
import { emptyVerwijskaart, verwijskaartExample, type VerwijskaartValue } from '@niet-alleen/verwijskaart';
import type { SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import { monday } from '../shared/clock.js';
import { narrow, paper } from '../shared/layouts.js';

interface Args {
  value?: VerwijskaartValue;
  mode: 'view' | 'edit';
  readonly: boolean;
  now?: Date;
}

const meta: Meta<Args> = {
  title: 'Instrumenten/Verwijskaart',
  component: 'na-verwijskaart',
  tags: ['autodocs'],
  args: { mode: 'view', readonly: false },
  argTypes: { mode: { control: 'inline-radio', options: ['view', 'edit'] } },
  render: ({ value, mode, readonly, now }) =>
    html`<na-verwijskaart .value=${value ?? emptyVerwijskaart()} mode=${mode} ?readonly=${readonly} .now=${now ?? null}></na-verwijskaart>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Voorbeeldgemeente: Story = {
  name: 'Voorbeeld: gemeente Rivierstad',
  args: { value: verwijskaartExample, now: monday() },
};

export const Leeg: Story = { name: 'Blanco kaart' };

export const Editor: Story = {
  name: 'Editor (organisatie maakt de kaart)',
  args: { value: verwijskaartExample, mode: 'edit' },
};

export const EditorLeeg: Story = {
  name: 'Editor, leeg',
  args: { mode: 'edit' },
};

export const EditorMetFouten: Story = {
  name: 'Editor met fouten',
  args: { value: verwijskaartExample, mode: 'edit' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('na-verwijskaart')!;
    await el.updateComplete;
    const phone = el.shadowRoot!.getElementById('contact-phone') as HTMLInputElement;
    phone.value = '06-123';
    phone.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toolbar"] button[data-variant="primary"]')!.click();
  },
};

/**
 * Configured in markup, as an organisation embeds it without JavaScript skills:
 * `<na-verwijskaart><script type="application/json">{ … }</script></na-verwijskaart>`.
 * (Built with DOM calls here because a Lit template cannot bind inside a script element.)
 */
function fromMarkup(json: string) {
  const el = document.createElement('na-verwijskaart');
  el.now = monday(); // a fixed clock, so the story looks the same every time
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  el.append(script);
  return el;
}

export const InMarkup: Story = {
  name: 'Ingesteld in de HTML (JSON)',
  render: () => fromMarkup(JSON.stringify(verwijskaartExample, null, 2)),
};

export const InMarkupMetFout: Story = {
  name: 'Ingesteld in de HTML, met een fout',
  render: () => fromMarkup(JSON.stringify({ ...verwijskaartExample, contact: { ...verwijskaartExample.contact, phone: '06-123' } })),
};

export const InMarkupOngeldigeJson: Story = {
  name: 'Ingesteld in de HTML, ongeldige JSON',
  render: () => fromMarkup('{ "schemaVersion": 1, "title": "Verwijskaart wijk Oost", }'),
};

export const NuBereikbaar: Story = {
  name: 'Nu bereikbaar (maandag 10:30)',
  args: { value: verwijskaartExample, now: monday() },
};

export const NuNietBereikbaar: Story = {
  name: 'Nu niet bereikbaar (maandag 18:00)',
  args: { value: verwijskaartExample, now: monday(18, 0) },
};

const signals: SignaleringskaartValue = {
  schemaVersion: 1,
  marked: ['weinig-sociale-contacten', 'overlijden-naasten'],
  own: [],
  notes: '',
  nextStep: 'doorgeven',
};

export const Doorgeven: Story = {
  name: 'Signalen doorgeven vanuit de signaleringskaart',
  render: () => html`<p>Kies onderaan de signaleringskaart <strong>Geef het signaal door</strong>. De verwijskaart markeert dan de opties die passen.</p>
    <div style="display:grid;gap:24px;grid-template-columns:repeat(auto-fit,minmax(340px,1fr));align-items:start">
      <na-signaleringskaart id="signalen" .value=${signals}></na-signaleringskaart>
      <na-verwijskaart for="signalen" .value=${verwijskaartExample} .now=${monday()}></na-verwijskaart>
    </div>`,
};

export const Gemarkeerd: Story = {
  name: 'Opties gemarkeerd (sociale signalen)',
  render: () => html`<na-verwijskaart .value=${verwijskaartExample} .signals=${['sociaal']} .now=${monday()}></na-verwijskaart>`,
};

export const Engels: Story = {
  name: 'English',
  args: { value: verwijskaartExample, now: monday() },
  parameters: { locale: 'en' },
};

export const EngelsEditor: Story = {
  name: 'English editor',
  args: { value: verwijskaartExample, mode: 'edit' },
  parameters: { locale: 'en' },
};

export const Thema: Story = {
  name: 'Thema: Gemeente Rivierstad',
  args: { value: verwijskaartExample, now: monday() },
  parameters: { theme: 'gemeente-rivierstad' },
};

export const Mobiel: Story = {
  name: 'Mobiel (320 px)',
  args: { value: verwijskaartExample, now: monday() },
  render: ({ value, now }) => narrow(html`<na-verwijskaart .value=${value} .now=${now}></na-verwijskaart>`),
};

export const MobielEditor: Story = {
  name: 'Mobiel (320 px), editor',
  args: { value: verwijskaartExample },
  render: ({ value }) => narrow(html`<na-verwijskaart mode="edit" .value=${value}></na-verwijskaart>`),
};

export const Afdrukvoorbeeld: Story = {
  name: 'Afdrukvoorbeeld A4',
  args: { value: verwijskaartExample },
  render: ({ value }) => paper(html`<na-verwijskaart print-preview .value=${value}></na-verwijskaart>`),
};

export const AfdrukvoorbeeldZakkaart: Story = {
  name: 'Afdrukvoorbeeld zakkaart (A5, gevouwen A4 liggend)',
  args: { value: verwijskaartExample },
  render: ({ value }) => html`<div style="background:#888;padding:16px">
    <div style="background:#fff;margin-inline:auto;padding:12mm;box-shadow:0 2px 8px #0006;inline-size:297mm;min-block-size:210mm">
      <na-verwijskaart print-preview print-format="pocket" .value=${value}></na-verwijskaart>
    </div>
  </div>`,
};

export const AfdrukvoorbeeldLeeg: Story = {
  name: 'Afdrukvoorbeeld (blanco kaart)',
  render: () => paper(html`<na-verwijskaart print-preview></na-verwijskaart>`),
};
