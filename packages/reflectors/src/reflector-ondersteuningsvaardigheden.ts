import { NaReflector } from './reflector.js';
import { ondersteuningsvaardighedenDefinition } from './content.js';

/**
 * Reflector Ondersteuningsvaardigheden (workbook 10.3), with the workbook's texts verbatim. The definition is fixed.
 *
 * @element na-reflector-ondersteuningsvaardigheden
 * @fires na-change - After each edit; `detail.value` is the new ReflectorValue.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart header - Title, introduction, warning and scale key.
 * @csspart moments - The dated fillings, 'new filling' and 'compare'.
 * @csspart statements - The statements of the shown filling.
 * @csspart comparison - The fillings side by side.
 */
export class NaReflectorOndersteuningsvaardigheden extends NaReflector {
  protected override builtInDefinition() {
    return ondersteuningsvaardighedenDefinition();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-reflector-ondersteuningsvaardigheden': NaReflectorOndersteuningsvaardigheden;
  }
}
