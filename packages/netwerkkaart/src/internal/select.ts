import { html } from 'lit';

/** A labelled native select (candidate for core: there is no select primitive yet). */
export function selectField(o: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  name?: string;
}) {
  return html`<div class="na-field" part="field">
    <label class="na-field__label" for=${o.id}>${o.label}</label>
    <select class="na-input" id=${o.id} name=${o.name ?? o.id} @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}>
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.label}</option>`)}
    </select>
  </div>`;
}
