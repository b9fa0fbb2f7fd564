export * from './session-types.ts';
export * from './session-errors.ts';
export * from './play-session.ts';
export * from './session-paths.ts';
export * from './story-meters.ts';
export * from './resume.ts';
