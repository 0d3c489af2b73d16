import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@niet-alleen/core/msg';
import { button, datedFilename, downloadFile, heading } from '@niet-alleen/core';
import { followUpText, type SessionStep } from '../content.js';

/** What step 6's panel reads of the partnerschapskaart. */
export interface AgreementHost extends ReactiveControllerHost {
  readonly facilitator: boolean;
  readonly sessionStep: SessionStep;
  readonly headingLevel: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
  /** The card as a Markdown draft (src/agreement.ts). */
  agreementText(): string;
  /** The element's public copy and download (this panel's buttons call them). */
  copyAgreement(): Promise<boolean>;
  downloadAgreement(): void;
}

/**
 * Step 6 (11.4): the card as a draft text for a samenwerkingsovereenkomst, to read, copy or save as
 * a file. The draft is written only while it is shown (opened, or step 6 of a session): on every
 * edit it was the whole card again as text, behind a closed disclosure (issue 32). Copy and
 * download write it themselves.
 */
export class AgreementPanel implements ReactiveController {
  /** The disclosure with the draft is open. */
  #shown = false;
  /** What the last copy did, for the status line. */
  #copyStatus = '';

  constructor(private readonly host: AgreementHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  #set(changes: { shown?: boolean; copyStatus?: string }) {
    const shown = changes.shown ?? this.#shown;
    const copyStatus = changes.copyStatus ?? this.#copyStatus;
    if (shown === this.#shown && copyStatus === this.#copyStatus) return;
    this.#shown = shown;
    this.#copyStatus = copyStatus;
    this.host.requestUpdate();
  }

  #onToggle = (event: Event) => this.#set({ shown: (event.currentTarget as HTMLDetailsElement).open });

  /** Copies the draft; without clipboard access it selects the text for Ctrl+C. */
  async copy(): Promise<boolean> {
    const text = this.host.agreementText();
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(text);
        this.#set({ copyStatus: msg('De tekst is gekopieerd.') });
        this.host.announce(this.#copyStatus);
        return true;
      }
    } catch {
      // No permission (or not a secure context): select the text instead.
    }
    const root = this.host.renderRoot;
    const details = root.querySelector<HTMLDetailsElement>('.agreement__details');
    if (details) {
      details.open = true;
      this.#set({ shown: true });
      await this.host.updateComplete;
    }
    const pre = root.querySelector<HTMLElement>('#agreement-text');
    if (pre) {
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      pre.focus();
    }
    this.#set({ copyStatus: msg('Automatisch kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C (Cmd+C op een Mac).') });
    this.host.announce(this.#copyStatus);
    return false;
  }

  /** Offers the draft as a Markdown file. */
  download(): void {
    downloadFile(datedFilename(msg('samenwerkingsovereenkomst'), 'md'), this.host.agreementText(), 'text/markdown');
    this.host.announce(msg('Bewaard als bestand.'));
  }

  render() {
    const host = this.host;
    const open = host.facilitator && host.sessionStep === 6;
    return html`<section class="agreement na-no-print" part="agreement" role="group" aria-labelledby="agreement-heading">
      ${heading(host.headingLevel + 1, msg('Stap 6: tekst voor een samenwerkingsovereenkomst'), 'na-heading na-subtitle', 'agreement-heading')}
      <p>${followUpText()}</p>
      <details class="agreement__details" ?open=${open} @toggle=${this.#onToggle}>
        <summary>${msg('Toon de concepttekst (Markdown)')}</summary>
        ${open || this.#shown
          ? html`<pre id="agreement-text" class="agreement__text" tabindex="0" role="group" aria-label=${msg('Concepttekst samenwerkingsovereenkomst')}>${host.agreementText()}</pre>`
          : nothing}
      </details>
      <div class="agreement__buttons">
        ${button({ label: msg('Kopieer de tekst'), onClick: () => void host.copyAgreement() })}
        ${button({ label: msg('Bewaar de tekst als bestand'), onClick: () => host.downloadAgreement() })}
      </div>
      <p class="na-subtle" role="status">${this.#copyStatus}</p>
    </section>`;
  }
}
