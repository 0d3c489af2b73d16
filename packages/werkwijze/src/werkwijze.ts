import { html, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import { NaInstrumentElement, button, focusAfterRender, guidance, heading, isEmptyValue, translationNotice, type NaChangeEvent, type VersionedValue } from '@niet-alleen/core';
import { markedGroupsOf, type SignalGroupId, type SignaleringskaartValue } from '@niet-alleen/signaleringskaart';
import type { NetwerkkaartValue } from '@niet-alleen/netwerkkaart';
import type { VerwijskaartValue } from '@niet-alleen/verwijskaart';
import { werkwijzeDefinition, type WerkwijzeValue } from './werkwijze-schema.js';
import { phaseDescription, phaseIds, phaseTitle, werkwijzeText, type PhaseId } from './werkwijze-content.js';
import { renderKnowledge } from './internal/knowledge.js';
import { renderPendingUpdate, stableDerived } from './internal/derived.js';
import { instrumentsInPhase, layout } from './internal/phase-layout.js';
import { renderLink, type LinkContext } from './internal/links.js';
import { contactsOf, integrationByKey, integrations, loadElements, wishesOf } from './integrations.js';
import { NaPhaseChangeEvent } from './events.js';
import { werkwijzeStyles } from './werkwijze.styles.js';
import type { InstrumentListeners } from '@niet-alleen/core';

/** Signal groups with a marked signal (workbook or own); none without a signaleringskaart. */
const markedGroupsIn = (s: SignaleringskaartValue | undefined): SignalGroupId[] => (s ? markedGroupsOf(s) : []);

/** Listeners typed by this element's value (`event.detail.value` is a WerkwijzeValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaWerkwijze {
  addEventListener: InstrumentListeners<WerkwijzeValue>['addEventListener'];
  removeEventListener: InstrumentListeners<WerkwijzeValue>['removeEventListener'];
}

/**
 * Werkwijze: one person's dossier across the instruments of the workbook, with the six phases
 * as navigation (in any order, as often as needed). Each instrument keeps its own value under
 * `value.instruments[<key>]`; one export, one import, one print and opt-in storage for all of it.
 * Tips (6.9), example questions (7.6) and the typology (12.1) are knowledge for the supporter,
 * never a label on the person.
 *
 * @element na-werkwijze
 * @fires na-change - After each edit in any instrument; `detail.value` is the new {@link WerkwijzeValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @fires na-phase-change - The user moved to another phase; `detail.phase`.
 * @csspart base - Wrapper around the whole dossier.
 * @csspart header - Title and introduction.
 * @csspart phases - The phase navigation (a tab list).
 * @csspart phase-tab - One phase in the navigation.
 * @csspart phase - The panel of one phase.
 * @csspart instrument - The wrapper around one instrument element.
 * @csspart knowledge - Knowledge for the supporter (6.9, 7.6, 12.1).
 * @csspart link - A link to the next instrument (signal → tips and referral card; wish → network map → plan).
 * @csspart toolbar - Export, import, print, undo, redo, empty (for the whole dossier).
 * @cssprop --na-werkwijze-phase-tab-background-color - Background of a phase tab.
 * @cssprop --na-werkwijze-phase-tab-current-background-color - Background of the current phase tab.
 * @cssprop --na-werkwijze-phase-tab-current-color - Text colour of the current phase tab.
 * @cssprop --na-werkwijze-link-background-color - Background of a link to the next instrument.
 */
export class NaWerkwijze extends NaInstrumentElement<WerkwijzeValue> {
  static override styles = [...NaInstrumentElement.styles, werkwijzeStyles];

  /** The phase on screen. Not part of the value: any phase can be opened at any time. */
  @property({ reflect: true }) phase: PhaseId = 'herkennen';
  /** Shows the print layout on screen (all phases, no navigation). */
  @property({ attribute: 'print-preview', type: Boolean, reflect: true }) printPreview = false;
  /** The clock for the verwijskaart's 'reachable now'. Null (default) means the device's current time. */
  @property({ attribute: false }) now: Date | null = null;
  /**
   * The organisation's verwijskaart, set by the page. It is not the person's data: the dossier shows
   * it read-only (an organisation edits its card with `<na-verwijskaart mode="edit">` elsewhere).
   * Unset, a card saved in an older dossier is shown.
   */
  @property({ attribute: false }) verwijskaart: VerwijskaartValue | null = null;

  /**
   * The phases whose instruments are on the page. A phase's instruments are made when it is first
   * opened and kept after that (with their undo history and anything half typed), so opening the
   * dossier builds the instruments of one phase, not all 13. Printing makes every phase.
   */
  #made = new Set<PhaseId>();
  /** The elements of the made phases' instruments, defined (their packages load on demand). */
  #defined: Promise<unknown> = Promise.resolve();
  /** Every instrument's element is defined: printing can make every phase at once. */
  #allDefined = false;
  #everything: Promise<unknown> = Promise.resolve();

  protected get definition() {
    return werkwijzeDefinition;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // An unknown phase (a typo in the attribute) opens the first one rather than nothing.
    if (changed.has('phase') && !phaseIds.includes(this.phase)) this.phase = 'herkennen';
    const made = this.#made.size;
    this.#made.add(this.phase);
    if (this.printPreview) this.#makeEveryPhase();
    // Only when a phase was made: not on every render of the dossier.
    if (this.#made.size !== made) this.#defined = loadElements([...this.#made].flatMap(instrumentsInPhase));
  }

  /** The instrument elements of the made phases. */
  #instruments(): Element[] {
    return [...(this.shadowRoot?.querySelectorAll('section.instrument > *') ?? [])];
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The other phases' instruments load after the first render, so that opening a phase or
    // printing finds them there.
    this.#everything = new Promise((r) => setTimeout(r))
      .then(() => loadElements(integrations))
      .then(() => void (this.#allDefined = true));
  }

  /**
   * Resolves when the dossier and the instruments of the phases on the page are rendered, and every
   * other instrument's element is defined (loaded after the first render).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await Promise.all([this.#defined, this.#everything]);
    await Promise.all((this.#instruments() as Partial<ReactiveElement>[]).map((c) => c.updateComplete));
    // An instrument's change may have asked the dossier to render again meanwhile.
    if (this.isUpdatePending) done = await this.getUpdateComplete();
    return done;
  }

  /** Marks every phase as made; true when one was not yet. */
  #makeEveryPhase(): boolean {
    const before = this.#made.size;
    phaseIds.forEach((p) => this.#made.add(p));
    return this.#made.size !== before;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#makeAllPhasesNow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#makeAllPhasesNow);
  }

  /**
   * Printing shows every phase, also when the browser's own print command is used: the phases not
   * opened yet get their instruments, rendered at once (the page is printed right after this).
   */
  #makeAllPhasesNow = () => {
    if (this.#makeEveryPhase()) this.requestUpdate();
    renderPendingUpdate(this);
    this.#instruments().forEach(renderPendingUpdate);
  };

  /**
   * Prints the whole dossier, every phase: at once when every instrument's element is there (a
   * moment after the first render), else as soon as they are.
   */
  override print(): void {
    const print = () => {
      this.#makeAllPhasesNow();
      super.print();
    };
    if (this.#allDefined) print();
    else void loadElements(integrations).then(print);
  }

  protected override get fileStem() {
    return 'werkwijze-dossier';
  }

  /** The value of one instrument in the dossier (its empty value when not used yet). */
  instrumentValue(key: string): unknown {
    return this.value.instruments[key] ?? this.emptyValue(key);
  }

  /**
   * One empty value per instrument, kept: a new object on every render of the dossier would make
   * every unused instrument validate and render again after each edit anywhere in the dossier.
   */
  #empties = new Map<string, unknown>();
  private emptyValue(key: string): unknown {
    if (!this.#empties.has(key)) this.#empties.set(key, integrationByKey(key)?.definition.empty());
    return this.#empties.get(key);
  }

  private onChildChange = (key: string) => (event: Event) => {
    // The child's own na-change stays inside the dossier; the page hears the dossier's.
    event.stopPropagation();
    // Every instrument's value is a plain JSON object with its schemaVersion.
    const next = (event as NaChangeEvent<VersionedValue & Record<string, unknown>>).detail.value;
    const integration = integrationByKey(key);
    const instruments = { ...this.value.instruments };
    if (integration && isEmptyValue(integration.definition, next)) delete instruments[key];
    else instruments[key] = next;
    this.commit({ ...this.value, instruments }, { coalesce: `instrument:${key}` });
  };

  private onSignalForward = () => {
    if (integrationByKey('verwijskaart')) this.goTo('herkennen', '#herkennen-verwijskaart');
    else this.goTo('bespreekbaar-maken', '#knowledge-tips');
  };

  /** Opens `phase` (as the user would with the navigation). */
  selectPhase(phase: PhaseId, { focusTab = false } = {}): void {
    if (!phaseIds.includes(phase)) return;
    const changed = phase !== this.phase;
    this.phase = phase;
    if (changed) this.dispatchEvent(new NaPhaseChangeEvent(phase));
    if (focusTab) void focusAfterRender(this, `#tab-${phase}`);
  }

  /** Follows a link between instruments: opens the phase and moves focus to the target. */
  private async goTo(phase: PhaseId, selector: string) {
    this.selectPhase(phase);
    const target = await focusAfterRender(this, () => {
      const found = this.renderRoot.querySelector<HTMLElement>(selector);
      if (found instanceof HTMLDetailsElement) found.open = true;
      return found;
    });
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    this.announce(msg(str`Naar ${phaseTitle(phase)}`));
  }

  private onTabKeydown = (event: KeyboardEvent) => {
    const index = phaseIds.indexOf(this.phase);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const keys: Record<string, number> = {
      ArrowRight: rtl ? index - 1 : index + 1,
      ArrowLeft: rtl ? index + 1 : index - 1,
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: phaseIds.length - 1,
    };
    if (!Object.hasOwn(keys, event.key)) return;
    event.preventDefault();
    const next = (keys[event.key]! + phaseIds.length) % phaseIds.length;
    this.selectPhase(phaseIds[next]!, { focusTab: true });
  };

  // ——— links between instruments ———

  private get signals(): SignaleringskaartValue | undefined {
    return this.value.instruments.signaleringskaart;
  }

  /** Signal groups with a marked signal (workbook or own), for the verwijskaart. */
  private get markedGroups(): SignalGroupId[] {
    return this.#markedGroups(this.signals);
  }

  /*
   * What the dossier hands from one instrument to another (signal groups, wishes, contacts) is
   * derived on every render. A new array with the same items would make the receiving instrument
   * render again after any edit anywhere in the dossier; these keep the previous array then.
   */
  #markedGroups = stableDerived(markedGroupsIn);
  #wishes = stableDerived(wishesOf);
  #contacts = stableDerived(contactsOf);

  /** A wish becomes the question on the netwerkkaart: who or what can help with it? */
  private async findHelpFor(wish: string) {
    const current = this.instrumentValue('netwerkkaart') as NetwerkkaartValue;
    if (!this.readonly && current.wish !== wish) {
      this.commit({ ...this.value, instruments: { ...this.value.instruments, netwerkkaart: { ...current, wish } } }, {
        announce: msg('De wens staat nu op de netwerkkaart.'),
      });
    }
    await this.goTo('wensen-en-talenten', '#wensen-en-talenten-netwerkkaart');
  }

  /** What the links between instruments show, and where they lead. */
  private get linkContext(): LinkContext {
    return {
      headingLevel: this.headingLevel,
      signals: this.signals,
      wishes: this.#wishes(this.value.instruments.talentenkaart),
      goTo: (phase, selector) => void this.goTo(phase, selector),
      findHelpFor: (wish) => void this.findHelpFor(wish),
    };
  }

  // ——— instruments ———

  private renderInstrumentBlock(phase: PhaseId, key: string, second: boolean) {
    const integration = integrationByKey(key);
    if (!integration) return nothing;
    const wishes = this.#wishes(this.value.instruments.talentenkaart);
    const contacts = this.#contacts(this.value.instruments.netwerkkaart);
    const referral = key === 'verwijskaart';
    return html`<section class="instrument" part="instrument" id="${phase}-${key}" tabindex="-1" role="group" aria-label=${integration.title()} data-instrument=${key}>
      ${integration.render({
        signals: this.markedGroups,
        now: this.now,
        value: referral ? (this.verwijskaart ?? this.instrumentValue(key)) : this.instrumentValue(key),
        readonly: this.readonly || referral,
        printPreview: this.printPreview,
        headingLevel: this.headingLevel + 2,
        onChange: this.onChildChange(key),
        wishes,
        contacts,
        second,
      })}
    </section>`;
  }

  private renderPhase(phase: PhaseId, index: number) {
    const current = phase === this.phase;
    return html`<div
      class="phase-panel"
      part="phase"
      role=${this.printPreview ? nothing : 'tabpanel'}
      id="panel-${phase}"
      aria-labelledby=${this.printPreview ? `heading-${phase}` : `tab-${phase}`}
      tabindex="-1"
      ?hidden=${!current && !this.printPreview}
    >
      ${heading(this.headingLevel + 1, msg(str`Fase ${index + 1}: ${phaseTitle(phase)}`), 'na-heading na-subtitle', `heading-${phase}`)}
      <p class="na-subtle">${phaseDescription(phase)}</p>
      ${!this.#made.has(phase) ? nothing : layout[phase].map((b) =>
        'instrument' in b
          ? this.renderInstrumentBlock(phase, b.instrument, !!b.second)
          : 'knowledge' in b
            ? renderKnowledge(b.knowledge, this.headingLevel)
            : renderLink(b.link, phase, this.linkContext),
      )}
      ${this.renderNextPhase(index)}
    </div>`;
  }

  /** Each phase ends with the way on, so nobody has to scroll back up to the tabs. */
  private renderNextPhase(index: number) {
    const next = phaseIds[index + 1];
    if (!next || this.printPreview) return nothing;
    return html`<p class="next-phase na-no-print">${button({
      label: msg(str`Verder naar fase ${index + 2}: ${phaseTitle(next)}`),
      onClick: () => void this.openAtTop(next),
    })}</p>`;
  }

  /** Opens `phase` with focus (and the view) at its start. */
  private async openAtTop(phase: PhaseId): Promise<void> {
    this.selectPhase(phase);
    await focusAfterRender(this, `#panel-${phase}`);
  }

  protected renderInstrument() {
    return html`<div class="na-header" part="header">
        ${heading(this.headingLevel, werkwijzeText.title(), 'na-heading na-title')}
        <p>${werkwijzeText.notSequential()}</p>
        ${guidance(
          msg('Hoe werkt dit dossier?'),
          html`<p>${msg('Elke fase toont de instrumenten die erbij horen. Alles wat u invult hoort bij één dossier: bewaar het als één bestand, open het later weer, of druk het helemaal af.')}</p>
            <p>${msg('Ga met de pijltjestoetsen langs de fases.')}</p>`,
        )}
        ${translationNotice()}
      </div>
      ${this.printPreview
        ? nothing
        : html`<div class="phases na-no-print" part="phases" role="tablist" aria-label=${msg('Fases')} @keydown=${this.onTabKeydown}>
            ${phaseIds.map(
              (p, i) => html`<button
                type="button"
                role="tab"
                class="phase-tab"
                part="phase-tab"
                id="tab-${p}"
                aria-selected=${p === this.phase ? 'true' : 'false'}
                aria-controls="panel-${p}"
                tabindex=${p === this.phase ? 0 : -1}
                @click=${() => this.selectPhase(p)}
              ><span class="phase-number" aria-hidden="true">${i + 1}</span> ${phaseTitle(p)}</button>`,
            )}
          </div>`}
      <div class="panels" @na-signal-forward=${this.onSignalForward}>${phaseIds.map((p, i) => this.renderPhase(p, i))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-werkwijze': NaWerkwijze;
  }
}
