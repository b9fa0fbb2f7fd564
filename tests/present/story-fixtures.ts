// Compiled stories for the facilitator-mode tests: the real Hot Referral and a small reflect-heavy story.
import { compiledStory } from '../helpers/compiled-stories.ts';
import { compile } from '../helpers/ink.ts';

export const hotReferral = compiledStory('hot-referral');

/** Three decisions in Phase II where only `reflect` is offered first: the third reflect meets the mimicry rule. */
export const mirrorStory = compile(`# title: Mirror
VAR phase = 2
Start. # speaker: buyer # note: Watch the mirroring.
* [Reflect one #move: reflect #path: exemplary]
* [Pitch one #move: pitch #path: failure]
- Two. # speaker: buyer
* [Reflect two #move: reflect #path: exemplary]
* [Pitch two #move: pitch #path: failure]
- Three. # speaker: buyer # thought: Again?
* [Reflect three #move: reflect #path: exemplary]
* [Pitch three #move: pitch #path: failure]
- Done. # speaker: buyer # outcome: continuation
-> END
`);
