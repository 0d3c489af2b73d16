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
