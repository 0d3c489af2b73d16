import { msg } from '@niet-alleen/core/msg';
import { NaReflector, type ReflectorWording } from './reflector.js';
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

  /** The form holds skills, observed in a role play: not 'deze reflector' with 'stellingen'. */
  protected override get wording(): ReflectorWording {
    return {
      guidanceSummary: msg('Hoe gebruikt u dit feedbackformulier?'),
      guidanceText: msg('Het feedbackformulier is een aanleiding voor een gesprek, geen meting. Er komt geen uitkomst uit: het gaat om wat u bij elke vaardigheid ziet en wilt bespreken.'),
      ownDescription: msg('Uw eigen vaardigheid komt onder de andere te staan.'),
      ownTag: msg('(eigen vaardigheid)'),
      talkEmpty: msg("Kies bij een vaardigheid 'Hier wil ik over praten' om die in het gesprek mee te nemen."),
      compareAdvice: msg('Het belangrijkste hierbij is in gesprek te gaan over de verschillen tussen de eerste keer en de tweede keer invullen van het feedbackformulier.'),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'na-feedbackformulier': NaFeedbackformulier;
  }
}
