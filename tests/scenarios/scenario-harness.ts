// Shared by the scenario transcript tests: compile a story from stories/, play one canonical path through
// the same function as `attune play`, and list what a trainee who only listens or reflects can reach.
import { compiledFile } from '../helpers/compiled-stories.ts';
import { explore } from '../../src/authoring/explorer.ts';
import { playStory, type PlayResult } from '../../src/authoring/play-story.ts';
import { PlaySession } from '../../src/session/index.ts';
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

type Step = PlayResult['steps'][number];

export interface ChoicesRun {
  result: PlayResult;
  lines: Extract<Step, { type: 'line' }>[];
  chosen: Extract<Step, { type: 'choice' }>[];
  /** Each line as "speaker: text". */
  spoken: string[];
  /** The buyer's thoughts, in the order they were shown. */
  thoughts: string[];
}

/** Plays `choices` (option indices among those offered at each decision), as `attune play --choices`. */
export function playChoices(file: string, choices: readonly number[]): ChoicesRun {
  const result = playStory(file, compileStory(file), defaultRubric, { choices: [...choices] });
  if (result.ending.error) throw new Error(`${file} --choices ${choices.join(',')}: ${result.ending.error}`);
  const lines = result.steps.flatMap((s) => (s.type === 'line' ? [s] : []));
  const chosen = result.steps.flatMap((s) => (s.type === 'choice' ? [s] : []));
  return {
    result,
    lines,
    chosen,
    spoken: lines.map((l) => `${l.speaker}: ${l.text}`),
    thoughts: lines.flatMap((l) => (l.thought ? [l.thought] : [])),
  };
}

/** `path` with its decision `decision` (1-based) changed to `option`; the later indices as given. */
export function deviate(
  path: readonly number[],
  decision: number,
  option: number,
  rest: readonly number[] = path.slice(decision),
): number[] {
  return [...path.slice(0, decision - 1), option, ...rest];
}

/** How many of a run's decisions cost neither alignment nor attunement. */
export function harmless(moves: PathRun['moves']): number {
  return moves.filter(([, , a, t]) => (a ?? 0) >= 0 && (t ?? 0) >= 0).length;
}

/** Who is drawn in the room, each time it changes, along a path of option indices. */
export function roomsOn(file: string, choices: readonly number[]): string[] {
  const session = new PlaySession({ story: compileStory(file), rubric: defaultRubric, seed: 1 });
  session.start();
  const rooms: string[] = [];
  const look = () => {
    const room = session.frame({ viewer: 'room' }).cast.present.join(' ');
    if (rooms.at(-1) !== room) rooms.push(room);
  };
  for (const index of [...choices, -1]) {
    while (session.state === 'waiting-for-continue') {
      look();
      session.continue();
    }
    look();
    if (index >= 0) session.choose(index);
  }
  return rooms;
}
