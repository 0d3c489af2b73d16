import { NaReflector } from './reflector.js';
import { eenzaamheidDefinition } from './content.js';

/**
 * Reflector 'Voel ik me eenzaam?' (workbook 6.10), with the workbook's texts verbatim. The definition is fixed.
 *
 * @element na-reflector-eenzaamheid
 * @fires na-change - After each edit; `detail.value` is the new ReflectorValue.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart header - Title, introduction, warning and scale key.
 * @csspart moments - The dated fillings, 'new filling' and 'compare'.
 * @csspart statements - The statements of the shown filling.
 * @csspart comparison - The fillings side by side.
 */
export class NaReflectorEenzaamheid extends NaReflector {
  protected override builtInDefinition() {
    return eenzaamheidDefinition();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-reflector-eenzaamheid': NaReflectorEenzaamheid;
  }
}
