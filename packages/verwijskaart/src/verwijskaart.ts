import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@niet-alleen/core/msg';
import {
  ClockController, NaInstrumentElement, button, focusAfterRender, printElement, type FormValidity, type InvalidSource, type ValueIssue,
} from '@niet-alleen/core';
import { groupTitle, signalGroupIds, type SignalGroupId } from '@niet-alleen/signaleringskaart/content';
import type { NaSignalForwardEvent } from '@niet-alleen/signaleringskaart';
import { verwijskaartDefinition, type VerwijskaartValue } from './schema.js';
import { verwijskaartStyles } from './verwijskaart.styles.js';
import { CardView, formatList } from './internal/card.js';
import { embedCode } from './internal/embed-code.js';
import type { Editor } from './internal/editing.js';
import { OnDemand } from '@niet-alleen/core/on-demand';
import type { InstrumentListeners } from '@niet-alleen/core';

export type VerwijskaartMode = 'view' | 'edit';
export type VerwijskaartPrintFormat = 'a4' | 'pocket';

/** Listeners typed by this element's value (`event.detail.value` is a VerwijskaartValue); see InstrumentListeners. */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface only narrows the listener types */
export interface NaVerwijskaart {
  addEventListener: InstrumentListeners<VerwijskaartValue>['addEventListener'];
  removeEventListener: InstrumentListeners<VerwijskaartValue>['removeEventListener'];
}

/**
 * Verwijskaart (workbook 11.3 and 11.5): the local referral card. An organisation makes its own
 * version (`mode="edit"`); professionals, volunteers and residents read, follow and print it
 * (`mode="view"`, the default). Options can be linked to the signal groups of the
 * signaleringskaart, and a `<na-signaleringskaart>` named in `for` hands its marked signals over.
 *
 * @element na-verwijskaart
 * @fires na-change - After each edit; `detail.value` is the new {@link VerwijskaartValue}.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart base - Wrapper around everything.
 * @csspart card - The card itself (viewer).
 * @csspart header - Title and area.
 * @csspart section - One area of the card (steps, options, contact).
 * @csspart steps - "Op basis van uw vermoedens onderneemt u het volgende:".
 * @csspart options - "Nadat u het bespreekbaar heeft gemaakt zijn er de volgende opties:".
 * @csspart option - One option; `option-match` is added when it fits the signals handed over.
 * @csspart contact - "Voor vragen en advies neemt u contact op met".
 * @csspart reachability - Whether the contact is reachable now.
 * @csspart match-notice - Which signals were handed over.
 * @csspart markup-issues - What is wrong with the JSON in the page (for the page's author).
 * @csspart editor - The editor (`mode="edit"`).
 * @csspart option-editor - One option in the editor.
 * @csspart schedule-editor - One set of times and days in the editor.
 * @csspart error-summary - The list of fields that are not right yet.
 * @csspart toolbar - Actions.
 * @cssprop --na-verwijskaart-option-background-color - Background of an option.
 * @cssprop --na-verwijskaart-option-match-background-color - Background of an option that fits the signals.
 * @cssprop --na-verwijskaart-option-match-border-color - Border of an option that fits the signals.
 * @cssprop --na-verwijskaart-reachable-color - Mark of 'reachable now'.
 */
export class NaVerwijskaart extends NaInstrumentElement<VerwijskaartValue> {
  static override styles = [...NaInstrumentElement.styles, verwijskaartStyles];

  protected get definition() {
    return verwijskaartDefinition;
  }

  /** `view` shows the card (default); `edit` lets an organisation compose it. */
  @property({
    reflect: true,
    converter: { fromAttribute: (v: string | null): VerwijskaartMode => (v === 'edit' ? 'edit' : 'view') },
  })
  mode: VerwijskaartMode = 'view';

  /** `a4` (default) or `pocket`: a folded A5 card, printed as two halves of an A4 in landscape. */
  @property({
    attribute: 'print-format',
    reflect: true,
    converter: { fromAttribute: (v: string | null): VerwijskaartPrintFormat => (v === 'pocket' ? 'pocket' : 'a4') },
  })
  printFormat: VerwijskaartPrintFormat = 'a4';

  /** Id of a `<na-signaleringskaart>` in the same document: its handed-over signals highlight matching options. */
  @property({ reflect: true }) for: string | null = null;

  /** The clock for 'reachable now'. Null (default) means the device's current time. */
  @property({ attribute: false }) now: Date | null = null;

  /** Signal groups handed over (from a signaleringskaart); options linked to them are highlighted. */
  @property({ attribute: false }) signals: readonly SignalGroupId[] = [];

  @state() private previewing = false;
  /** What was wrong with a card refused from the markup or from an opened file, field by field. */
  @state() private dataIssues: { source: 'markup' | 'import'; issues: ValueIssue[] } | null = null;

  #root: Node | null = null;
  /** The editor's code loads when the card is first edited; readers never transfer it. */
  readonly #editing = new OnDemand(this, () => import('./internal/editing.js'));
  #editorParts: Editor | null = null;

  /** The editor, once its code is there; `load` asks for it. */
  #editor({ load = false } = {}): Editor | null {
    const module = load ? this.#editing.get() : this.#editing.loaded;
    if (module && !this.#editorParts) this.#editorParts = module.createEditor(this, (next, options) => this.commit(next, options));
    return this.#editorParts;
  }

  /** True while the editor is shown. */
  get editing(): boolean {
    return this.mode === 'edit' && !this.readonly && !this.previewing;
  }

  /** True when some field holds text that is not taken over because it is not right. */
  get hasDraftErrors(): boolean {
    return (this.#editor()?.controller.errors().size ?? 0) > 0;
  }

  /** Highlights the options linked to these signal groups (unknown ids are ignored). */
  highlightSignals(groups: readonly string[]): void {
    this.highlight(groups, false);
  }

  /**
   * After a hand-off from the signaleringskaart named in `for`, focus moves to the notice above the
   * options (it says which signals came in and what fits), so the reader lands where the card continues.
   */
  private highlight(groups: readonly string[], moveFocus: boolean): void {
    const known = signalGroupIds.filter((g) => groups.includes(g));
    this.signals = known;
    if (!known.length) return;
    if (moveFocus && !this.editing) {
      void focusAfterRender(this, '.match-notice', { preventScroll: true }).then((notice) => notice?.scrollIntoView({ block: 'nearest' }));
      return;
    }
    const names = formatList(known.map((g) => groupTitle(g).toLowerCase()));
    const matches = this.value.options.some((o) => o.signalGroups.some((g) => known.includes(g)));
    this.announce(
      matches
        ? msg(str`Doorgegeven: ${names}. De opties die daarbij passen, zijn gemarkeerd.`)
        : msg(str`Doorgegeven: ${names}. Geen optie op de kaart is aan deze signalen gekoppeld.`),
    );
  }

  override print(): void {
    printElement(this, this.printFormat === 'pocket' ? 'A4 landscape' : 'A4');
  }

  // ——— lifecycle ———

  constructor() {
    super();
    // Renders again each minute so 'reachable now' stays true; only while the card shows it from the device's clock.
    new ClockController(this, {
      interval: 60_000,
      active: () => !this.now && !this.editing && this.value.contact.schedules.length > 0,
    });
    // A blocked submit shows every field that is not right, not only the ones the person left.
    this.addEventListener('invalid', () => {
      if (this.hasDraftErrors) this.#editor()?.controller.showErrors();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncListeners();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncListeners();
  }

  /**
   * The hand-off listener on the root only while `for` names a signaleringskaart (issue 32: no
   * per-instance work for a feature that is off). The minute clock is the ClockController's.
   */
  #syncListeners(): void {
    const root = this.isConnected && this.for ? this.getRootNode() : null;
    if (root !== this.#root) {
      this.#root?.removeEventListener('na-signal-forward', this.#onForward);
      root?.addEventListener('na-signal-forward', this.#onForward);
      this.#root = root;
    }
  }

  #onForward = (event: Event): void => {
    if (!this.for || (event.target as Element | null)?.id !== this.for) return;
    event.preventDefault(); // taken: the signaleringskaart tells its user so
    this.highlight((event as NaSignalForwardEvent).detail.groups, true);
  };

  protected override reportInvalid(source: InvalidSource, issues: ValueIssue[]): void {
    this.dataIssues = source === 'markup' || source === 'import' ? { source, issues } : null;
    super.reportInvalid(source, issues);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for')) this.#syncListeners();
    // The value changed from outside (property, import, undo): the fields show it again.
    if (changed.has('problem' as keyof NaVerwijskaart) && !this.problem) this.dataIssues = null;
    if (changed.has('value' as keyof NaVerwijskaart)) this.#editor()?.controller.valueChanged();
  }

  /** A form with this card cannot be sent while a field is not right: the browser focuses the first such field. */
  protected override validate(): FormValidity | null {
    const first = this.#editor()?.controller.errors().keys().next();
    if (!first || first.done) return super.validate();
    const anchor = (this.renderRoot as ShadowRoot | undefined)?.getElementById?.(first.value) ?? undefined;
    return { flags: { customError: true }, message: msg('Niet alle velden van de verwijskaart kloppen.'), anchor };
  }

  /** Shows the card as readers see it; first asks to fix fields that are not right. */
  private preview() {
    if (this.hasDraftErrors) {
      this.#editor()?.controller.showErrors();
      void focusAfterRender(this, '.na-error-summary');
      return;
    }
    this.previewing = true;
    void focusAfterRender(this, '#back-to-editor');
  }

  /** Removes the marking; the notice with its button goes, so focus moves to the options heading. */
  private clearSignals() {
    this.signals = [];
    this.announce(msg('De markering is weg.'));
    void focusAfterRender(this, () => {
      const target = this.renderRoot.querySelector<HTMLElement>('#options-heading');
      if (target) target.tabIndex = -1;
      return target;
    });
  }


  /** The HTML an organisation pastes into its website to show this card, without JavaScript skills. */
  get embedCode(): string {
    return embedCode(this.value);
  }

  protected renderInstrument() {
    const card = new CardView({
      value: this.value, headingLevel: this.headingLevel, signals: this.signals, now: this.now, isEmpty: this.isEmpty,
      problem: this.problem, dataIssues: this.dataIssues, clearSignals: () => this.clearSignals(),
    });
    const editor = this.editing ? this.#editor({ load: true }) : null;
    return html`${card.renderMarkupIssues()}${this.editing ? (editor?.view.renderEditor() ?? this.#editing.placeholder()) : card.renderCard()}`;
  }

  protected override renderToolbarExtras() {
    return this.editing ? button({ label: msg('Bekijk de kaart'), variant: 'primary', onClick: () => this.preview() }) : nothing;
  }

  protected override renderToolbar() {
    if (this.editing) return super.renderToolbar();
    return this.toolbar(html`
      ${this.previewing
        ? button({ id: 'back-to-editor', label: msg('Terug naar bewerken'), variant: 'primary', onClick: () => {
            this.previewing = false;
            void focusAfterRender(this, '#title');
          } })
        : nothing}
      ${button({ label: msg('Afdrukken'), onClick: () => this.print() })}
      ${button({ label: msg('Afdrukken als zakkaart (A5)'), onClick: () => this.printPocket() })}`);
  }

  /** Prints the folded A5 pocket version, then returns to the chosen format. */
  private async printPocket() {
    const previous = this.printFormat;
    this.printFormat = 'pocket';
    await this.updateComplete;
    window.addEventListener('afterprint', () => (this.printFormat = previous), { once: true });
    this.print();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-verwijskaart': NaVerwijskaart;
  }
}
