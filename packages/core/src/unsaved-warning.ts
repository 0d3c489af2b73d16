import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The browser's own 'leave page?' question while edits would be lost on closing the tab: made in
 * this element, not kept anywhere (no storage-key, or autosave stopped) and not saved as a file.
 * The `beforeunload` listener is there only while that is so: a page that holds one is kept out
 * of the back/forward cache in some browsers, and nothing needs it while everything is kept.
 */
export class UnsavedWarning {
  #listening = false;
  /** Asked when the tab closes: whether to ask 'leave page?' then (true when left out). */
  constructor(
    private readonly target: Window = window,
    private readonly asks: () => boolean = () => true,
  ) {}

  /** Whether the warning is armed now. */
  get armed(): boolean {
    return this.#listening;
  }

  /** Arms the warning when `unsaved`, disarms it otherwise. */
  set(unsaved: boolean): void {
    if (unsaved === this.#listening) return;
    this.#listening = unsaved;
    if (unsaved) this.target.addEventListener('beforeunload', this.#warn);
    else this.target.removeEventListener('beforeunload', this.#warn);
  }

  #warn = (event: BeforeUnloadEvent): void => {
    if (!this.asks()) return;
    event.preventDefault();
    // Older Chromium and WebKit ask only when returnValue is set too.
    event.returnValue = '';
  };
}

interface UnsavedEditHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  readonly isEmpty: boolean;
}

/**
 * The leave warning of an instrument: armed while an edit made here (`edited`) is not `kept()` (by a
 * working autosave, the page or the tool around an embedded instrument); closing the tab then asks
 * unless the value is empty. Whether it is empty is asked when the tab closes, not on every edit:
 * adding and removing a window `beforeunload` listener is work for the browser, and an edit that
 * empties the instrument, then one that fills it again, did both (issue 32: 1–2 ms of the edit's
 * frame at 4× CPU throttling).
 */
export class UnsavedEditController implements ReactiveController {
  /** An edit made here that is not kept anywhere yet (no storage, not saved as a file). */
  edited = false;
  #warning = new UnsavedWarning(window, () => !this.host.isEmpty);

  constructor(
    private readonly host: UnsavedEditHost,
    private readonly kept: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.sync();
  }
  hostDisconnected(): void {
    this.#warning.set(false);
  }

  sync(): void {
    this.#warning.set(this.host.isConnected && this.edited && !this.kept());
  }
}
