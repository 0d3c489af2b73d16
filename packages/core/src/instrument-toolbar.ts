import { html, type ReactiveControllerHost } from 'lit';
import { msg } from './msg.js';
import { button } from './ui/button.js';
import { ToolbarController } from './controllers/toolbar.js';
import { ConfirmClearController } from './confirm-clear.js';
import { downloadFile, datedFilename } from './files.js';

/** The public methods of an instrument element the toolbar's buttons call. */
interface InstrumentToolbarHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isEmpty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): boolean;
  redo(): boolean;
  downloadJSON(): void;
  importJSON(text: string): boolean;
  print(): void;
  reset(): boolean;
  announce(text: string): void;
}

/**
 * The toolbar every instrument shares: undo, redo, save as a file, open a file, print and
 * 'Leegmaken' (which asks first, confirm-clear.ts), in the keyboard model of controllers/toolbar.ts;
 * and the files it saves and opens.
 */
export class InstrumentToolbar {
  #row: ToolbarController;
  #clear: ConfirmClearController;

  constructor(
    private readonly host: InstrumentToolbarHost,
    /** Stem of the file names, e.g. 'signaleringskaart'. */
    private readonly fileStem: () => string,
  ) {
    this.#row = new ToolbarController(host);
    this.#clear = new ConfirmClearController(host);
  }

  /** The toolbar button last used (or the first one): where focus goes back to. */
  get stop(): HTMLElement | undefined {
    return this.#row.stop;
  }

  /** The toolbar row around `content`. */
  row(content: unknown) {
    return this.#row.render(content);
  }

  /** The shared buttons, after an instrument's own `extras`. */
  items(extras: unknown) {
    const { host } = this;
    return html`
      ${extras}
      ${button({ label: msg('Ongedaan maken'), disabled: !host.canUndo, onClick: () => host.undo() })}
      ${button({ label: msg('Opnieuw'), disabled: !host.canRedo, onClick: () => host.redo() })}
      ${button({ label: msg('Bewaar als bestand'), onClick: () => host.downloadJSON() })}
      ${button({ label: msg('Open bestand'), onClick: () => this.#openFile() })}
      ${button({ label: msg('Afdrukken'), onClick: () => host.print() })}
      ${this.#clear.render()}
      <input class="na-visually-hidden" type="file" accept="application/json,.json" tabindex="-1" aria-hidden="true" @change=${this.#onFileChosen} />`;
  }

  /** Offers the value (as JSON text) as a file download. */
  saveValue(json: string): void {
    downloadFile(datedFilename(this.fileStem(), 'json'), json, 'application/json');
    this.host.announce(msg('Bewaard als bestand.'));
  }

  /** Offers stored text that could not be read or kept aside as a file, exactly as it was stored. */
  saveUnreadable(text: string): void {
    downloadFile(datedFilename(`${this.fileStem()}-bewaarde-gegevens`, 'txt'), text, 'text/plain');
    this.host.announce(msg('Bewaard als bestand.'));
  }

  #openFile(): void {
    this.host.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  #onFileChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.host.importJSON(await file.text());
  };
}
