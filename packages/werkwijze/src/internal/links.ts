import { html, nothing } from 'lit';
import { msg } from '@niet-alleen/core/msg';
import { button, heading } from '@niet-alleen/core';
import type { SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import type { PlanWishSuggestion } from '../plan-schema.js';
import { werkwijzeText, type PhaseId } from '../werkwijze-content.js';
import { integrationByKey } from '../integrations.js';
import type { LinkKind } from './phase-layout.js';

/** What a link between instruments shows and where its buttons lead, from the dossier. */
export interface LinkContext {
  headingLevel: number;
  signals: SignaleringskaartValue | undefined;
  wishes: PlanWishSuggestion[];
  /** Opens `phase` and moves focus to `selector` in it. */
  goTo(phase: PhaseId, selector: string): void;
  /** Puts a wish on the netwerkkaart as its question and goes there. */
  findHelpFor(wish: string): void;
}

/** A link from one instrument to the next: signal → tips and referral card; wish → network map → plan; the look back. */
export function renderLink(kind: LinkKind, phase: PhaseId, c: LinkContext) {
  const level = c.headingLevel + 2;
  if (kind === 'signaal') {
    const s = c.signals;
    const marked = !!s && (s.marked.length > 0 || s.own.some((o) => o.marked));
    if (!marked) return nothing;
    return html`<aside class="link na-no-print" part="link" role="note" aria-labelledby="${phase}-link-signaal">
      ${heading(level, msg('U heeft een signaal gemarkeerd'), 'na-heading', `${phase}-link-signaal`)}
      <p>${msg('Bespreek het vermoeden met de persoon. Kunt of wilt u dat niet, geef het signaal dan door.')}</p>
      <div class="link-actions">
        ${button({ label: msg('Tips voor het gesprek (fase 2)'), onClick: () => c.goTo('bespreekbaar-maken', '#knowledge-tips') })}
        ${integrationByKey('verwijskaart')
          ? button({ label: msg('Naar de verwijskaart'), onClick: () => c.goTo('herkennen', '#herkennen-verwijskaart') })
          : nothing}
      </div>
    </aside>`;
  }
  if (kind === 'wens') {
    const network = !!integrationByKey('netwerkkaart');
    return html`<aside class="link na-no-print" part="link" role="note" aria-labelledby="${phase}-link-wens">
      ${heading(level, msg('Van wens naar plan'), 'na-heading', `${phase}-link-wens`)}
      <p>${msg('Wensen uit Mijn talenten en wensen komen in het persoonlijk plan als mogelijk doel.')}</p>
      ${c.wishes.length && network
        ? html`<ul class="wish-list">
            ${c.wishes.map(
              (w) => html`<li>
                <span id="link-${w.id}">${w.text}</span>
                ${button({ label: msg('Wie kan helpen? Zoek op de netwerkkaart'), describedBy: `link-${w.id}`, onClick: () => c.findHelpFor(w.text) })}
              </li>`,
            )}
          </ul>`
        : nothing}
      <div class="link-actions">
        ${button({ label: msg('Maak er een plan van (fase 5)'), onClick: () => c.goTo('actie', '#actie-persoonlijk-plan') })}
      </div>
    </aside>`;
  }
  return html`<div class="intro" part="link">
    <p>${werkwijzeText.reflect()}</p>
    ${integrationByKey('reflector-eenzaamheid') ? html`<p>${werkwijzeText.secondReflector()}</p>` : nothing}
  </div>`;
}
