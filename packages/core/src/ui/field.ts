import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../msg.js';

export interface TextFieldOptions {
  /** Unique within the shadow root; ids of description and error derive from it. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  description?: string;
  error?: string;
  multiline?: boolean;
  required?: boolean;
  optional?: boolean;
  readonly?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'url';
  autocomplete?: string;
  placeholder?: string;
  /** Visually hide the label (it stays the accessible name) where a heading already says it. */
  hideLabel?: boolean;
  part?: string;
}

/** A no-break space: Chromium drops a plain one between the label and the marker from the accessible name ('Naam(niet verplicht)'). */
function marker(o: { required?: boolean; optional?: boolean }) {
  if (o.required) return html`<span class="na-field__marker">\u00a0${msg('(verplicht)')}</span>`;
  if (o.optional) return html`<span class="na-field__marker">\u00a0${msg('(niet verplicht)')}</span>`;
  return nothing;
}

/** Text field or text area with label, description and error message. Readonly renders the text itself. */
export function textField(o: TextFieldOptions) {
  const describedBy = [o.description ? `${o.id}-description` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  const label = html`<span class="na-field__label ${o.hideLabel ? 'na-visually-hidden' : ''}">${o.label}${marker(o)}</span>`;
  if (o.readonly) {
    return html`<div class="na-field" part=${o.part ?? 'field'}>
      ${label}
      ${o.value
        ? html`<p class="na-readonly-text">${o.value}</p>`
        : html`<p class="na-readonly-text na-empty-answer">${msg('Niet ingevuld')}</p>`}
    </div>`;
  }
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        class="na-input" id=${o.id} part="input"
        .value=${live(o.value)}
        placeholder=${o.placeholder ?? nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${o.error ? 'true' : nothing}
        ?required=${o.required}
        @input=${onInput}
      ></textarea>`
    : html`<input
        class="na-input" id=${o.id} part="input"
        type=${o.type ?? 'text'}
        data-empty=${(o.type === 'date' || o.type === 'time') && !o.value ? '' : nothing}
        .value=${live(o.value)}
        placeholder=${o.placeholder ?? nothing}
        autocomplete=${o.autocomplete ?? 'off'}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${o.error ? 'true' : nothing}
        ?required=${o.required}
        @input=${onInput}
      />`;
  return html`<div class="na-field" part=${o.part ?? 'field'}>
    <label class="na-field__label-wrap" for=${o.id}>${label}</label>
    ${o.description ? html`<p class="na-field__description" id="${o.id}-description">${o.description}</p>` : nothing}
    ${o.error ? html`<p class="na-field__error" id="${o.id}-error">${o.error}</p>` : nothing}
    ${control}
  </div>`;
}

export interface SelectOptions<V extends string = string> {
  /** Unique within the shadow root. */
  id: string;
  label: string;
  value: V;
  /** The choices; `V` is the type of their values, so `onChange` gets one of them back typed. */
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  /** The name in a form (default: the id). */
  name?: string;
  part?: string;
}

/** A labelled native select. `onChange` gets the chosen option's own value, not the element's text. */
export function selectField<V extends string>(o: SelectOptions<V>) {
  const change = (event: Event) => {
    const chosen = o.options[(event.target as HTMLSelectElement).selectedIndex];
    if (chosen) o.onChange(chosen.value);
  };
  return html`<div class="na-field" part=${o.part ?? 'field'}>
    <label class="na-field__label" for=${o.id}>${o.label}</label>
    <select class="na-input" id=${o.id} name=${o.name ?? o.id} @change=${change}>
      ${o.options.map((option) => html`<option value=${option.value as string} ?selected=${option.value === o.value}>${option.label}</option>`)}
    </select>
  </div>`;
}
