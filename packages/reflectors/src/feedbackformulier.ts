import { NaReflector } from './reflector.js';
import { feedbackformulierDefinition } from './content.js';

/**
 * Feedbackformulier gespreksvaardigheden (workbook 7.4), with the workbook's texts verbatim. The definition is fixed.
 *
 * @element na-feedbackformulier
 * @fires na-change - After each edit; `detail.value` is the new ReflectorValue.
 * @fires na-invalid - Data from outside was refused; `detail: { source, issues }`.
 * @csspart header - Title, introduction, warning and scale key.
 * @csspart moments - The dated fillings, 'new filling' and 'compare'.
 * @csspart statements - The statements of the shown filling.
 * @csspart comparison - The fillings side by side.
 */
export class NaFeedbackformulier extends NaReflector {
  protected override builtInDefinition() {
    return feedbackformulierDefinition();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-feedbackformulier': NaFeedbackformulier;
  }
}
