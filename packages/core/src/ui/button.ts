import { html, nothing } from 'lit';

export interface ButtonOptions {
  label: string;
  onClick: (event: MouseEvent) => void;
  variant?: 'primary' | 'secondary' | 'subtle';
  /** Disabled buttons stay focusable (aria-disabled) so keyboard users can still find them. */
  disabled?: boolean;
  part?: string;
  /** Longer accessible description, e.g. which item a 'Verwijder' button removes. */
  describedBy?: string;
  pressed?: boolean;
  expanded?: boolean;
  id?: string;
}

export function button(o: ButtonOptions) {
  return html`<button
    type="button"
    class="na-button"
    id=${o.id ?? nothing}
    part=${o.part ?? 'button'}
    data-variant=${o.variant ?? 'secondary'}
    aria-disabled=${o.disabled ? 'true' : nothing}
    aria-describedby=${o.describedBy ?? nothing}
    aria-pressed=${o.pressed === undefined ? nothing : String(o.pressed)}
    aria-expanded=${o.expanded === undefined ? nothing : String(o.expanded)}
    @click=${(event: MouseEvent) => {
      if (!o.disabled) o.onClick(event);
    }}
  >${o.label}</button>`;
}
