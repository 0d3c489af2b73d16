/**
 * The editor (`mode="edit"`): the part of the verwijskaart an organisation uses to compose its card.
 * Readers never need it, so it is a chunk of its own that loads when the card is first edited
 * (issue 32; core's OnDemand).
 */
import { EditorController } from './editor.js';
import { EditorView, type EditorViewHost } from './editor-view.js';
import type { VerwijskaartValue } from '../schema.js';

export interface Editor {
  readonly controller: EditorController;
  readonly view: EditorView;
}

export function createEditor(
  host: EditorViewHost,
  commit: (next: VerwijskaartValue, options: { coalesce: string | null; announce: string }) => void,
): Editor {
  const controller = new EditorController(host, commit);
  return { controller, view: new EditorView(host, controller) };
}
