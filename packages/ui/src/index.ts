import { defineElement } from '@niet-alleen/core';
import './locales/translations.js';
import { NaButton } from './button.js';
import { NaTextField } from './text-field.js';
import { NaCheckbox } from './checkbox.js';
import { NaScale } from './scale.js';
import { NaNoteCard } from './note-card.js';
import { NaSection } from './section.js';
import { NaToolbar } from './toolbar.js';
import { NaAddItem } from './add-item.js';
import { NaErrorSummary } from './error-summary.js';
import { NaEmptyState } from './empty-state.js';

defineElement('na-button', NaButton);
defineElement('na-text-field', NaTextField);
defineElement('na-checkbox', NaCheckbox);
defineElement('na-scale', NaScale);
defineElement('na-note-card', NaNoteCard);
defineElement('na-section', NaSection);
defineElement('na-toolbar', NaToolbar);
defineElement('na-add-item', NaAddItem);
defineElement('na-error-summary', NaErrorSummary);
defineElement('na-empty-state', NaEmptyState);

export { NaButton, NaTextField, NaCheckbox, NaScale, NaNoteCard, NaSection, NaToolbar, NaAddItem, NaErrorSummary, NaEmptyState };
export { NaFormControl } from './internal/form-control.js';
export * from './events.js';
export type { ScaleOption, FieldError } from '@niet-alleen/core';
