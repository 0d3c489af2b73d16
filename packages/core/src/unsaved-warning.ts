import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The browser's own 'leave page?' question while edits would be lost on closing the tab: made in
 * this element, not kept anywhere (no storage-key, or autosave stopped) and not saved as a file.
 * The `beforeunload` listener is there only while that is so: a page that holds one is kept out
 * of the back/forward cache in some browsers, and nothing needs it while everything is kept.
 */
export class UnsavedWarning {
  #listening = false;
  constructor(private readonly target: Window = window) {}

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
 * The leave warning of an instrument: armed after each render only while an edit would be lost:
 * made here (`edited`), not empty, and not `kept()` (by a working autosave, the page or the tool
 * around an embedded instrument).
 */
export class UnsavedEditController implements ReactiveController {
  /** An edit made here that is not kept anywhere yet (no storage, not saved as a file). */
  edited = false;
  #warning = new UnsavedWarning();

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
    this.#warning.set(this.host.isConnected && this.edited && !this.kept() && !this.host.isEmpty);
  }
}
