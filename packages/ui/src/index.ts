import './define.js';
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

export { NaButton, NaTextField, NaCheckbox, NaScale, NaNoteCard, NaSection, NaToolbar, NaAddItem, NaErrorSummary, NaEmptyState };
export { NaFormControl } from './internal/form-control.js';
export * from './events.js';
export type { ScaleOption, FieldError } from '@niet-alleen/core';
