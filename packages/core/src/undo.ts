import { EditHistory } from './history.js';

const historyLimit = 100;

/**
 * A history that `undo()` and `redo()` use instead of the element's own: a shared session's
 * (@niet-alleen/samen), where undo takes back this participant's own edits only, never another's.
 */
export interface UndoHistory {
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

interface UndoHost<T> {
  /** Where undo goes instead of the own history (a shared session), or null. */
  readonly undoHistory: UndoHistory | null;
  readonly readonly: boolean;
  readonly embedded: boolean;
  readonly value: T;
  announce(text: string): void;
}

/**
 * Undo and redo of an instrument: its own history of whole values, or the `undoHistory` it was
 * given (which sets the value and fires na-change itself). Nothing changes while `readonly`, and
 * an embedded instrument keeps no history (the tool around it keeps one for everything).
 */
export class InstrumentUndo<T> {
  readonly history: EditHistory<T>;

  constructor(
    private readonly host: UndoHost<T>,
    /** Makes a value from the history the value, as an edit (na-change, autosave), saying `announce`. */
    private readonly applyEdit: (value: T, announce: string) => void,
  ) {
    this.history = new EditHistory<T>(historyLimit, () => !host.embedded);
  }

  get canUndo(): boolean {
    return this.host.undoHistory ? this.host.undoHistory.canUndo : this.history.canUndo;
  }
  get canRedo(): boolean {
    return this.host.undoHistory ? this.host.undoHistory.canRedo : this.history.canRedo;
  }

  /** One step `direction`, said as `announce`; false when there is none or while readonly. */
  step(direction: 'undo' | 'redo', announce: string): boolean {
    const { host } = this;
    if (host.readonly) return false;
    if (host.undoHistory) {
      const done = host.undoHistory[direction]();
      if (done) host.announce(announce);
      return done;
    }
    const next = this.history[direction](host.value);
    if (next === undefined) return false;
    this.applyEdit(next, announce);
    return true;
  }
}
