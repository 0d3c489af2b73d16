import './define.js';

export { NaPersoonlijkPlan, formatDate } from './persoonlijk-plan.js';
export { NaWerkwijze } from './werkwijze.js';
export { instrumentsInPhase } from './internal/phase-layout.js';
export * from './plan-schema.js';
export * from './plan-content.js';
export * from './plan-example.js';
export * from './werkwijze-schema.js';
export * from './werkwijze-content.js';
export * from './werkwijze-example.js';
export * from './events.js';
export { integrations, type Integration, type ChildContext } from './integrations.js';
