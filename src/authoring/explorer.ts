// Explores every reachable decision state of a story, deduplicated by a canonical key, so the cost grows
// with distinct states rather than with paths. The key is the canonical ink state (see state-canon.ts) plus
// the score state that can still change a result: the capped sequence-rule runs and the covered must items.
// Visit counts enter the key only once the story has been seen to read them: any read outside a choice's
// once-only check, or a once-only check that finds the choice already taken (a choice offered again). When
// exploration discovers a new such read, it starts again with the larger set. A once-only choice that is
// never offered a second time leaves its count out of the key, so re-converging branches merge.
import { readPhase, writeMeters } from '../session/index.ts';
import {
  initialScoreState,
  choiceInput,
  scoreChoice,
  type OutcomeName,
  type Phase,
  type ScoreContext,
  type ScoreState,
} from '../sim/index.ts';
import { canonicalInkState, StoryRuntimeError, StoryRunner, type StoryChoice } from '../story/index.ts';

export interface ExploreOptions {
  json: string;
  context: ScoreContext;
  scored: boolean;
  maxStates: number;
  /** Only follow choices whose move is in this set (for "what can a passive trainee reach?"). */
  onlyMoves?: ReadonlySet<string>;
  /** Most lines between two decisions before the story counts as running away (default 10 000). */
  maxLinesPerSegment?: number;
  /** Most choices offered at once; a decision with more is reported and not explored further. */
  maxChoicesAtOnePoint?: number;
}

/** The story produced more output between two decisions than the limit allows. */
export class RunawayStoryError extends Error {
  override readonly name = 'RunawayStoryError';
}

export interface Terminal {
  key: string;
  outcome: OutcomeName | null;
  covered: string[];
  knot: string;
  /** The last line before the end, to locate dead ends. */
  lastLine: string;
}

export interface Edge {
  index: number;
  text: string;
  move?: string;
  paths: string[];
  alignment: number;
  attunement: number;
  to: string;
}

export interface DecisionNode {
  key: string;
  /** Whether a `# note:` for the facilitator came between the previous decision and this one. */
  noted: boolean;
  knot: string;
  phase: Phase;
  edges: Edge[];
  choices: StoryChoice[];
}

export interface RuntimeProblem {
  /** runtime: ink raised an error; runaway: output without end; crowded: too many choices at once. */
  kind: 'runtime' | 'runaway' | 'crowded';
  message: string;
  knot: string;
  afterChoice?: string;
}

export interface Exploration {
  root: string;
  nodes: Map<string, DecisionNode>;
  terminals: Map<string, Terminal>;
  complete: boolean;
  visited: Set<string>;
  knots: string[];
  problems: RuntimeProblem[];
  phaseProblems: RuntimeProblem[];
  /** Lines seen, with their tag problems (checked once per distinct text). */
  lineTagProblems: { text: string; message: string }[];
  restarts: number;
}

interface Segment {
  noted: boolean;
  outcome: OutcomeName | null;
  knot: string;
  lastLine: string;
}

class ReadSetGrew extends Error {}

const problemKind = (error: Error): RuntimeProblem['kind'] =>
  error instanceof RunawayStoryError ? 'runaway' : 'runtime';

/** Score state that can still change a result: a run only matters if an offered choice continues it. */
function scoreKey(score: ScoreState, choices: readonly StoryChoice[], context: ScoreContext): string {
  const { rubric } = context;
  const moves = choices.map((choice) => choice.tags.moves[0] ?? '');
  const mimicry = moves.includes(rubric.sequence.mimicry.move) ? score.mimicryRun : '-';
  const passive = moves.some((move) => rubric.moves[move]?.passive) ? score.passiveRun : '-';
  return `${mimicry}|${passive}|${score.covered.join(',')}`;
}

export function explore(options: ExploreOptions): Exploration {
  const read = new Set<string>();
  for (let restarts = 0; ; restarts++) {
    try {
      return { ...exploreOnce(options, read), restarts };
    } catch (error) {
      if (!(error instanceof ReadSetGrew) || restarts > 50) throw error;
    }
  }
}

function exploreOnce(options: ExploreOptions, read: Set<string>): Omit<Exploration, 'restarts'> {
  const runner = new StoryRunner(options.json, { seed: 1 });
  const untrackReads: { stop?: () => void } = {};
  try {
    return exploreWith(runner, options, read, untrackReads);
  } finally {
    untrackReads.stop?.();
  }
}

function exploreWith(
  runner: StoryRunner,
  options: ExploreOptions,
  read: Set<string>,
  tracking: { stop?: () => void },
): Omit<Exploration, 'restarts'> {
  const visited = new Set<string>();
  let growing = false;
  const untrack = runner.trackVisitReads(
    (path, count, onceOnly) => {
      if (read.has(path)) return;
      if (!onceOnly || count > 0) {
        read.add(path);
        growing = true;
      }
    },
    (path) => visited.add(path),
  );
  tracking.stop = untrack;
  const nodes = new Map<string, DecisionNode>();
  const terminals = new Map<string, Terminal>();
  const problems: RuntimeProblem[] = [];
  const phaseProblems: RuntimeProblem[] = [];
  const lineTagProblems: { text: string; message: string }[] = [];
  const seenLines = new Set<string>();
  let complete = true;

  const runSegment = (): Segment => {
    let outcome: OutcomeName | null = null;
    let noted = false;
    let knot = runner.currentKnot();
    let lastLine = '';
    let lines = 0;
    const limit = options.maxLinesPerSegment ?? 10_000;
    while (runner.canContinue) {
      if (++lines > limit) {
        throw new RunawayStoryError(
          `the story produced more than ${limit} lines without offering a choice (in knot "${knot || 'start'}"): it probably loops forever; give the loop a choice or an exit`,
        );
      }
      const line = runner.nextLine();
      knot = runner.currentKnot() || knot;
      if (line.cues.outcome) outcome = line.cues.outcome;
      if (line.cues.note) noted = true;
      if (line.text) lastLine = line.text;
      if (!seenLines.has(line.text + line.tags.join('#'))) {
        seenLines.add(line.text + line.tags.join('#'));
        for (const problem of line.problems)
          lineTagProblems.push({ text: line.text, message: problem.message });
      }
    }
    return { noted, outcome, knot, lastLine };
  };

  const settle = (segment: Segment, score: ScoreState, afterChoice?: string): string => {
    if (growing) throw new ReadSetGrew();
    const phase = runner.getVariable('phase');
    if (phase !== undefined && phase !== 1 && phase !== 2 && phase !== 3) {
      phaseProblems.push({
        kind: 'runtime',
        message: `phase became ${String(phase)}; it must stay 1, 2 or 3`,
        knot: segment.knot,
        ...(afterChoice ? { afterChoice } : {}),
      });
    }
    const choices = runner.choices();
    if (choices.length === 0) {
      const key = `end|${segment.outcome ?? ''}|${score.covered.join(',')}|${segment.knot}`;
      if (!terminals.has(key)) {
        terminals.set(key, {
          key,
          outcome: segment.outcome,
          covered: score.covered,
          knot: segment.knot,
          lastLine: segment.lastLine,
        });
      }
      return key;
    }
    const stateJson = runner.saveState();
    const key = `${canonicalInkState(stateJson, read)}|${scoreKey(score, choices, options.context)}`;
    const crowded = choices.length > (options.maxChoicesAtOnePoint ?? Infinity);
    if (crowded && !nodes.has(key)) {
      problems.push({
        kind: 'crowded',
        message: `the story offers ${choices.length} choices at once (in "${segment.knot || 'start'}"); Attune shows at most ${options.maxChoicesAtOnePoint}`,
        knot: segment.knot,
      });
      nodes.set(key, {
        key,
        noted: segment.noted,
        knot: segment.knot,
        phase: readPhase(runner),
        edges: [],
        choices: [],
      });
      return key;
    }
    if (!nodes.has(key)) {
      if (nodes.size >= options.maxStates) {
        complete = false;
        return key;
      }
      nodes.set(key, {
        key,
        noted: segment.noted,
        knot: choices[0]?.knot ?? segment.knot,
        phase: readPhase(runner),
        edges: [],
        choices,
      });
      pending.push({ key, stateJson, score });
    }
    return key;
  };

  const pending: { key: string; stateJson: string; score: ScoreState }[] = [];
  const result = (root: string): Omit<Exploration, 'restarts'> => ({
    root,
    nodes,
    terminals,
    complete,
    visited,
    knots: runner.namedContent(),
    problems,
    phaseProblems,
    lineTagProblems,
  });
  let root: string;
  try {
    root = settle(runSegment(), initialScoreState(options.context, startMeters(runner)));
  } catch (error) {
    if (error instanceof StoryRuntimeError || error instanceof RunawayStoryError) {
      problems.push({ kind: problemKind(error), message: error.message, knot: runner.currentKnot() });
      return result('');
    }
    throw error;
  }

  while (pending.length > 0) {
    const item = pending.pop();
    if (!item) break;
    const node = nodes.get(item.key);
    if (!node) continue;
    for (const choice of node.choices) {
      const move = choice.tags.moves[0];
      if (options.onlyMoves && !(move && options.onlyMoves.has(move))) continue;
      runner.loadState(item.stateJson);
      let score = item.score;
      let alignment = 0;
      let attunement = 0;
      if (options.scored && move && move in options.context.rubric.moves) {
        const result = scoreChoice(options.context, score, choiceInput(move, node.phase, choice.tags));
        score = result.state;
        alignment = result.effect.alignment;
        attunement = result.effect.attunement;
      }
      try {
        runner.choose(choice.index);
        if (options.scored) writeMeters(runner, score);
        const to = settle(runSegment(), score, choice.text);
        node.edges.push({
          index: choice.index,
          text: choice.text,
          ...(move ? { move } : {}),
          paths: choice.tags.paths,
          alignment,
          attunement,
          to,
        });
      } catch (error) {
        if (!(error instanceof StoryRuntimeError || error instanceof RunawayStoryError)) throw error;
        problems.push({
          kind: problemKind(error),
          message: error.message,
          knot: runner.currentKnot() || node.knot,
          afterChoice: choice.text,
        });
      }
    }
  }
  return result(root);
}

function startMeters(runner: StoryRunner): { trust?: number; sponsor?: number } {
  const trust = runner.getVariable('trust');
  const sponsor = runner.getVariable('sponsor');
  return {
    ...(typeof trust === 'number' ? { trust } : {}),
    ...(typeof sponsor === 'number' ? { sponsor } : {}),
  };
}
