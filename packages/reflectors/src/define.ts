/**
 * Registers this package's elements, with its translations: what the one-line embed
 * (niet-alleen.js) loads when a page uses one of its tags. The package's index adds the schemas,
 * examples and helpers (issue 32: a page loads only what it uses).
 */
import { defineElement } from '@niet-alleen/core';
import './locales/translations.js';
import { NaReflector } from './reflector.js';
import { NaReflectorVooroordelen } from './reflector-vooroordelen.js';
import { NaReflectorEenzaamheid } from './reflector-eenzaamheid.js';
import { NaReflectorBekendBesluitenBereiken } from './reflector-bekend-besluiten-bereiken.js';
import { NaReflectorOndersteuningsvaardigheden } from './reflector-ondersteuningsvaardigheden.js';
import { NaFeedbackformulier } from './feedbackformulier.js';

defineElement('na-reflector', NaReflector);
defineElement('na-reflector-vooroordelen', NaReflectorVooroordelen);
defineElement('na-reflector-eenzaamheid', NaReflectorEenzaamheid);
defineElement('na-reflector-bekend-besluiten-bereiken', NaReflectorBekendBesluitenBereiken);
defineElement('na-reflector-ondersteuningsvaardigheden', NaReflectorOndersteuningsvaardigheden);
defineElement('na-feedbackformulier', NaFeedbackformulier);
