import { html, nothing } from 'lit';

export interface CheckboxOptions {
  id: string;
  label: unknown;
  checked: boolean;
  onChange: (checked: boolean) => void;
  readonly?: boolean;
  part?: string;
}

/** A checkbox whose whole row is the target. Readonly keeps it visible but not editable. */
export function checkbox(o: CheckboxOptions) {
  return html`<label class="na-choice" part=${o.part ?? 'choice'}>
    <input
      type="checkbox"
      id=${o.id}
      .checked=${o.checked}
      ?disabled=${o.readonly}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    <span>${o.label}</span>
  </label>`;
}

/** One answer of a scale; `V` is the type of its value ('vaak' | 'soms'), so a choice comes back typed. */
export interface ScaleOption<V extends string = string> {
  value: V;
  label: string;
  /** Short visible mark, e.g. 'A' or '3'; the label is always the accessible name. */
  short?: string;
}

export interface ScaleOptions<V extends string = string> {
  /** Radio group name, unique in the shadow root. */
  name: string;
  legend: unknown;
  options: readonly ScaleOption<V>[];
  selected: V | null | undefined;
  onChange: (value: V) => void;
  readonly?: boolean;
  part?: string;
  hideLegend?: boolean;
  /**
   * False when the caller's own group already carries the name (a reflector's statement row with
   * its comment and "talk" box): the options then come without a fieldset and legend of their own,
   * so a screen reader does not say the statement twice.
   */
  grouped?: boolean;
}

/**
 * A statement scale: one radio group, the statement as its accessible name; arrow keys
 * move within the row (native radio behaviour).
 */
export function scale<V extends string>(o: ScaleOptions<V>) {
  const options = html`<div class="na-scale__options">
      ${o.options.map(
        (option) => html`<label class="na-choice na-scale__option" part="scale-option">
          <input
            type="radio"
            name=${o.name}
            value=${option.value as string}
            .checked=${o.selected === option.value}
            ?disabled=${o.readonly}
            @change=${() => o.onChange(option.value)}
          />
          <span>${option.short ? html`<strong aria-hidden="true">${option.short}</strong> ` : nothing}${option.label}</span>
        </label>`,
      )}
    </div>`;
  if (o.grouped === false) return html`<div class="na-scale" part=${o.part ?? 'scale'}>${options}</div>`;
  return html`<fieldset class="na-fieldset na-scale" part=${o.part ?? 'scale'}>
    <legend class=${o.hideLegend ? 'na-visually-hidden' : nothing}>${o.legend}</legend>
    ${options}
  </fieldset>`;
}
