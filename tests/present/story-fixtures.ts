// Compiled stories for the facilitator-mode tests: the real Hot Referral and a small reflect-heavy story.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '../helpers/ink.ts';

const root = resolve(import.meta.dirname, '../..');

export const hotReferral = compile(readFileSync(resolve(root, 'stories/hot-referral.ink'), 'utf8'));

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
