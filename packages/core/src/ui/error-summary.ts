import { html, nothing } from 'lit';

export interface FieldError {
  /** Id of the control in the same shadow root. */
  id: string;
  message: string;
}

/**
 * NL Design System style error summary: a titled list of links that move focus to the field.
 * In a shadow root `href="#id"` cannot reach the control, so the click focuses it.
 */
export function errorSummary(title: string, errors: readonly FieldError[]) {
  if (!errors.length) return nothing;
  const focus = (event: Event, id: string) => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    (root.getElementById(id) as HTMLElement | null)?.focus();
  };
  return html`<div class="na-error-summary" part="error-summary" role="alert" tabindex="-1">
    <p><strong>${title}</strong></p>
    <ul>
      ${errors.map((e) => html`<li><a href="#${e.id}" @click=${(ev: Event) => focus(ev, e.id)}>${e.message}</a></li>`)}
    </ul>
  </div>`;
}
