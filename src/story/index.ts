export * from './tag-grammar.ts';
export * from './story-errors.ts';
export * from './story-runner.ts';
export * from './state-canon.ts';
export * from './scored-story.ts';
export * from './story-title.ts';
