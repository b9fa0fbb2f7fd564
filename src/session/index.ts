export * from './session-types.ts';
export * from './session-errors.ts';
export * from './play-session.ts';
export * from './session-paths.ts';
export * from './story-meters.ts';
export * from './resume.ts';
export * from './failure-paths.ts';
export * from './meeting-frame.ts';
export * from './cast-looks.ts';
export * from './face-reaction.ts';
export * from './option-effects.ts';
// The scoring vocabulary presentation needs, so that it talks to the session and never to src/sim.
export type { Effect, KeyMoment, Mood, OutcomeName, Phase, Rubric } from '../sim/index.ts';
export * from './debrief-data.ts';
export * from './meeting-flow.ts';
// The story vocabulary presentation needs (cards, compiled JSON, speakers), likewise.
export type { Speaker, StoryCard, StoryJson } from '../story/index.ts';
export { readableFileName } from '../story/index.ts';
