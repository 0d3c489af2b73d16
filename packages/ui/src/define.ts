/**
 * Registers this package's elements, with its translations: what the one-line embed
 * (niet-alleen.js) loads when a page uses one of its tags. The package's index adds the schemas,
 * examples and helpers (issue 32: a page loads only what it uses).
 */
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
