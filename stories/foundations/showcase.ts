import { html, type TemplateResult } from 'lit';
import '@niet-alleen/ui';

const options = [
  { value: 'ja', label: 'Ja' },
  { value: 'soms', label: 'Soms' },
  { value: 'nee', label: 'Nee' },
];

/** Every primitive once, so a theme can be judged at a glance. */
export function showcase(prefix: string): TemplateResult {
  return html`<na-section heading="Even kennismaken" description="Alles wat u invult blijft op dit apparaat.">
    <na-text-field id="${prefix}-naam" label="Naam" required value="Fatma"></na-text-field>
    <na-text-field label="Waar wordt u blij van?" multiline optional description="Een paar woorden is genoeg."></na-text-field>
    <na-checkbox label="Ik wil gebeld worden" checked></na-checkbox>
    <na-scale legend="Ik mis mensen om me heen" .options=${options} value="soms"></na-scale>
    <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem; margin-block: 1rem">
      <na-note-card text="Kan goed koken" author="Fatma" color-index="1"></na-note-card>
      <na-note-card text="Kent de buurt" author="Kees" color-index="3"></na-note-card>
    </div>
    <na-add-item label="Voeg een talent toe"></na-add-item>
    <na-toolbar>
      <na-button variant="primary">Opslaan</na-button>
      <na-button>Afdrukken</na-button>
      <na-button variant="subtle">Wissen</na-button>
    </na-toolbar>
  </na-section>
  <na-error-summary .errors=${[{ id: `${prefix}-naam`, message: 'Vul uw naam in.' }]}></na-error-summary>
  <na-empty-state description="Voeg hierboven iemand toe."></na-empty-state>`;
}

