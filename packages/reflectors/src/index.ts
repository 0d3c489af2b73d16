import './define.js';
import { NaReflector } from './reflector.js';
import { NaReflectorVooroordelen } from './reflector-vooroordelen.js';
import { NaReflectorEenzaamheid } from './reflector-eenzaamheid.js';
import { NaReflectorBekendBesluitenBereiken } from './reflector-bekend-besluiten-bereiken.js';
import { NaReflectorOndersteuningsvaardigheden } from './reflector-ondersteuningsvaardigheden.js';
import { NaFeedbackformulier } from './feedbackformulier.js';

export {
  NaReflector, NaReflectorVooroordelen, NaReflectorEenzaamheid, NaReflectorBekendBesluitenBereiken,
  NaReflectorOndersteuningsvaardigheden, NaFeedbackformulier,
};
export type { ResolvedReflectorDefinition } from './reflector.js';
export * from './schema.js';
export * from './content.js';
export * from './example.js';
export { compareMoments, type ComparisonRow } from './internal/moments.js';
