import { NaReflector } from './reflector.js';
import { vooroordelenDefinition } from './content.js';

/**
 * Reflector vooroordelen over eenzaamheid (workbook 6.8), with the workbook's texts verbatim. The definition is fixed.
 *
 * @element na-reflector-vooroordelen
 * @fires na-change - After each edit; `detail.value` is the new ReflectorValue.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart header - Title, introduction, warning and scale key.
 * @csspart moments - The dated fillings, 'new filling' and 'compare'.
 * @csspart statements - The statements of the shown filling.
 * @csspart comparison - The fillings side by side.
 */
export class NaReflectorVooroordelen extends NaReflector {
  protected override builtInDefinition() {
    return vooroordelenDefinition();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-reflector-vooroordelen': NaReflectorVooroordelen;
  }
}
