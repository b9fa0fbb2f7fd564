export * from './rubric.ts';
export * from './scoring-engine.ts';
export * from './key-moments.ts';
export * from './choice-input.ts';
export * from './phase-fit.ts';
