// A scenario card as the build lists it in `virtual:story-cards` (src/authoring/build/story-cards-plugin.ts).
import type { StoryOpening } from './meeting/meeting-types.ts';

export interface StoryCardSource {
  id: string;
  title: string;
  buyer: string;
  sponsor: string;
  summary: string;
  persona: string;
  musts: number;
  /** The first screen of a fresh run; absent when the story does not open with a line. */
  opening?: StoryOpening;
}
