// Shared by the scenario transcript tests: compile a story from stories/, play one canonical path through
// the same function as `attune play`, and list what a trainee who only listens or reflects can reach.
import { compiledFile } from '../helpers/compiled-stories.ts';
import { explore } from '../../src/authoring/explorer.ts';
import { playStory, type PlayResult } from '../../src/authoring/play-story.ts';
import { defaultRubric } from '../../src/sim/default-rubric.ts';
import { createScoreContext, type OutcomeName } from '../../src/sim/index.ts';

/** The compiled story, once per content (cached on disk: see tests/helpers/compiled-stories.ts). */
export function compileStory(file: string): string {
  return compiledFile(file);
}

export interface PathRun {
  result: PlayResult;
  outcome: OutcomeName | null;
  /** One entry per decision: [move, phase when offered, alignment effect, attunement effect]. */
  moves: [string | null, number, number | null, number | null][];
  /** The last line of the transcript (the ending's closing line). */
  lastLine: string;
}

export function playPath(file: string, path: string): PathRun {
  const result = playStory(file, compileStory(file), defaultRubric, { path });
  if (result.ending.error) throw new Error(`${file} --path ${path}: ${result.ending.error}`);
  const moves: PathRun['moves'] = [];
  let lastLine = '';
  for (const step of result.steps) {
    if (step.type === 'choice') moves.push([step.move, step.phase, step.alignment, step.attunement]);
    else lastLine = step.text;
  }
  return { result, outcome: result.ending.outcome, moves, lastLine };
}

/** The outcomes reachable by a trainee who only ever chooses moves from `moves`. */
export function outcomesWith(file: string, moves: Iterable<string>): (OutcomeName | null)[] {
  const exploration = explore({
    json: compileStory(file),
    context: createScoreContext(defaultRubric, undefined, []),
    scored: false,
    maxStates: 100_000,
    onlyMoves: new Set(moves),
  });
  return [...new Set([...exploration.terminals.values()].map((terminal) => terminal.outcome))].sort();
}

/** The outcomes reachable by a trainee who never chooses any of `excluded`. */
export function outcomesWithout(file: string, excluded: readonly string[]): (OutcomeName | null)[] {
  return outcomesWith(
    file,
    Object.keys(defaultRubric.moves).filter((move) => !excluded.includes(move)),
  );
}
