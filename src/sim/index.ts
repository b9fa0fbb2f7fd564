export * from './rubric.ts';
export * from './scoring-engine.ts';
export * from './key-moments.ts';
