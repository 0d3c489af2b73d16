import { NaReflector } from './reflector.js';
import { bekendBesluitenBereikenDefinition } from './content.js';

/**
 * Reflector Bekend Besluiten Bereiken (workbook 7.5), with the workbook's texts verbatim. The definition is fixed.
 *
 * @element na-reflector-bekend-besluiten-bereiken
 * @fires na-change - After each edit; `detail.value` is the new ReflectorValue.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart header - Title, introduction, warning and scale key.
 * @csspart moments - The dated fillings, 'new filling' and 'compare'.
 * @csspart columns - The three columns Bekend, Besluiten, Bereiken.
 * @csspart comparison - The fillings side by side.
 */
export class NaReflectorBekendBesluitenBereiken extends NaReflector {
  protected override builtInDefinition() {
    return bekendBesluitenBereikenDefinition();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-reflector-bekend-besluiten-bereiken': NaReflectorBekendBesluitenBereiken;
  }
}
