// Explores the reachable decision states of a story, deduplicated by a canonical key, so the cost grows
// with distinct states rather than with paths. The key is the canonical ink state (see state-canon.ts) plus
// the score state that can still change a result: the capped sequence-rule runs and the covered must items.
// Visit counts enter the key only once the story has been seen to read them: any read outside a choice's
// once-only check, or a once-only check that finds the choice already taken (a choice offered again). When
// a pass discovers a new such read it finishes with what it has and, if time remains, explores again with
// the larger set (so a complete exploration never merges states the story tells apart).
//
// Bounded by default: a time budget, a state cap and a memory cap for the saved states waiting to be
// explored. When the exhaustive search cannot finish inside them, the rest of the budget goes to seeded,
// coverage-guided playthroughs from the start (choices into knots not yet reached first, then choices not
// yet taken), and the result says so: `complete` is false and `mode` is "sampled".
import { readPhase, readStartMeters, writeMeters } from '../session/index.ts';
import {
  initialScoreState,
  choiceInput,
  scoreChoice,
  type OutcomeName,
  type Phase,
  type ScoreContext,
  type ScoreState,
} from '../sim/index.ts';
import {
  StoryLimitError,
  StoryRuntimeError,
  StoryRunner,
  type ExternalFunction,
  type RunLimits,
  type StoryChoice,
} from '../story/index.ts';
import { stateKeyHash } from './state-hash.ts';

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
  /** Time for the whole exploration, in ms (default: no limit). Past it the result is "sampled". */
  budgetMs?: number;
  /** Most bytes of saved ink state kept for states still to explore (default 200 MB). */
  maxPendingBytes?: number;
  /** Most choices in one sampled playthrough (default 500). */
  maxPlaythroughChoices?: number;
  /** Bounds on producing one line (loops without output, runaway recursion). */
  limits?: Partial<RunLimits>;
  /** Functions for EXTERNAL declarations; any other EXTERNAL without an ink fallback returns 0. */
  externals?: Record<string, ExternalFunction>;
  /** Names that are functions, not knots: left out of the coverage figures. */
  functions?: ReadonlySet<string>;
  /** Seed for the sampled playthroughs and for ink's RANDOM (default 1). */
  seed?: number;
  /** Called about every 250 ms of work with the figures so far. */
  onProgress?: (progress: ExploreProgress) => void;
  now?: () => number;
}

export interface ExploreProgress {
  mode: 'exhaustive' | 'sampled';
  states: number;
  choicesTaken: number;
  playthroughs: number;
  knotsReached: number;
  knotsTotal: number;
  elapsedMs: number;
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
  /** False for a state seen but not (or not wholly) explored: some of its choices were never followed. */
  expanded?: boolean;
}

export interface RuntimeProblem {
  /** runtime: ink raised an error; runaway: output without end or a bound passed; crowded: too many choices. */
  kind: 'runtime' | 'runaway' | 'crowded';
  message: string;
  knot: string;
  afterChoice?: string;
}

export interface Coverage {
  /** Knots (not stitches, not functions called only as functions) entered at least once. */
  knotsReached: number;
  knotsTotal: number;
  /** Knots never entered: "unreachable" when the exploration is complete, otherwise only "not reached". */
  unreachedKnots: string[];
  /** Distinct endings met, by outcome ("none" for an ending without `# outcome:`). */
  endingsReached: Partial<Record<OutcomeName | 'none', number>>;
}

export interface Exploration {
  root: string;
  nodes: Map<string, DecisionNode>;
  terminals: Map<string, Terminal>;
  /** True only when every reachable state was explored; false after a budget or a cap. */
  complete: boolean;
  /** exhaustive: the state graph was walked whole; sampled: a budget or cap stopped it, playthroughs followed. */
  mode: 'exhaustive' | 'sampled';
  /** What stopped the exhaustive search, when it did not finish. */
  stoppedBy?: 'budget' | 'max-states' | 'memory';
  visited: Set<string>;
  knots: string[];
  coverage: Coverage;
  problems: RuntimeProblem[];
  phaseProblems: RuntimeProblem[];
  /** Lines seen, with their tag problems (checked once per distinct text). */
  lineTagProblems: { text: string; message: string; tag?: string }[];
  restarts: number;
  choicesTaken: number;
  playthroughs: number;
  elapsedMs: number;
  /** EXTERNAL functions that had neither a binding nor an ink fallback and returned 0 instead. */
  stubbedExternals: string[];
}

interface Segment {
  noted: boolean;
  outcome: OutcomeName | null;
  knot: string;
  lastLine: string;
}

interface Pending {
  key: string;
  stateJson: string;
  score: ScoreState;
}

const problemKind = (error: Error): RuntimeProblem['kind'] =>
  error instanceof RunawayStoryError || error instanceof StoryLimitError ? 'runaway' : 'runtime';

/** Score state that can still change a result: a run only matters if an offered choice continues it. */
function scoreKey(score: ScoreState, choices: readonly StoryChoice[], context: ScoreContext): string {
  const { rubric } = context;
  const moves = choices.map((choice) => choice.tags.moves[0] ?? '');
  const mimicry = moves.includes(rubric.sequence.mimicry.move) ? score.mimicryRun : '-';
  const passive = moves.some((move) => rubric.moves[move]?.passive) ? score.passiveRun : '-';
  return `${mimicry}|${passive}|${score.covered.join(',')}`;
}

/** A small seeded generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function explore(options: ExploreOptions): Exploration {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const deadline = started + (options.budgetMs ?? Infinity);
  const read = new Set<string>();
  const runner = new StoryRunner(options.json, {
    seed: options.seed ?? 1,
    stubMissingExternals: true,
    ...(options.externals ? { externals: options.externals } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const initialState = runner.saveState();
  for (let restarts = 0; ; restarts++) {
    if (restarts > 0) runner.loadState(initialState);
    const pass = new Pass(runner, options, read, now, started, deadline, restarts);
    const grew = pass.exhaustive();
    const timeLeft = now() < deadline;
    if (grew && pass.finished && timeLeft && restarts < 50) continue;
    if (!pass.finished || grew) pass.sample();
    return pass.result(restarts);
  }
}

class Pass {
  readonly nodes = new Map<string, DecisionNode>();
  readonly terminals = new Map<string, Terminal>();
  readonly visited = new Set<string>();
  readonly problems: RuntimeProblem[] = [];
  readonly phaseProblems: RuntimeProblem[] = [];
  readonly lineTagProblems: { text: string; message: string; tag?: string }[] = [];
  private readonly seenLines = new Set<string>();
  private readonly problemKeys = new Set<string>();
  private readonly pending: Pending[] = [];
  private pendingBytes = 0;
  private grew = false;
  private root = '';
  private rootState: Pending | null = null;
  /** The saved state the runner is in right now, if it is one of ours: loading it again is skipped. */
  private atState: Pending | null = null;
  finished = false;
  private stoppedBy: Exploration['stoppedBy'];
  private choicesTaken = 0;
  private playthroughs = 0;
  private lastProgress: number;
  private readonly topKnots: string[];
  /** For each state, the choices a sampled playthrough took from it. */
  private readonly sampledFrom = new Map<string, Set<number>>();
  private sortedReadCache: string[] = [];
  private sortedReadSize = -1;
  /** States met by the current playthrough past the state cap: walked, not kept. */
  private readonly overflow = new Map<string, DecisionNode>();
  /** The exhaustive search gets half the budget; sampled playthroughs get the rest if it cannot finish. */
  private readonly exhaustiveDeadline: number;

  constructor(
    private readonly runner: StoryRunner,
    private readonly options: ExploreOptions,
    private readonly read: Set<string>,
    private readonly now: () => number,
    private readonly started: number,
    private readonly deadline: number,
    private readonly restartCount: number,
  ) {
    this.lastProgress = started;
    this.exhaustiveDeadline = started + (deadline - started) / 2;
    this.topKnots = runner
      .namedContent()
      .filter((name) => !name.includes('.') && !options.functions?.has(name));
  }

  /** Walks the state graph depth first. Returns whether the set of visit counts read grew. */
  exhaustive(): boolean {
    const untrack = this.runner.trackVisitReads(
      (path, count, onceOnly) => {
        if (this.read.has(path)) return;
        if (!onceOnly || count > 0) {
          this.read.add(path);
          this.grew = true;
        }
      },
      (path) => this.visited.add(path),
    );
    try {
      if (!this.start()) {
        this.finished = true;
        return this.grew;
      }
      for (;;) {
        const item = this.pending.pop();
        if (!item) break;
        this.pendingBytes -= item.stateJson.length * 2;
        if (this.now() >= this.exhaustiveDeadline) {
          this.pending.push(item);
          this.stoppedBy = 'budget';
          return this.grew;
        }
        this.expand(item);
        this.progress('exhaustive');
      }
      this.finished = this.stoppedBy === undefined;
      return this.grew;
    } finally {
      untrack();
    }
  }

  /** Coverage-guided playthroughs from the start until the budget runs out (at least one). */
  sample(): void {
    const root = this.rootState;
    if (!root) return;
    const untrack = this.runner.trackVisitReads(
      () => undefined,
      (path) => this.visited.add(path),
    );
    const random = seeded(this.options.seed ?? 1);
    const maxChoices = this.options.maxPlaythroughChoices ?? 500;
    const taken = this.sampledFrom;
    const found = () => this.nodes.size + this.visited.size + this.terminals.size + this.problems.length;
    // Playthroughs in a row that found nothing: past a hundred, more of them are unlikely to.
    let fruitless = 0;
    try {
      this.playCanonicalPaths(root, maxChoices);
      do {
        const before = found();
        this.playthroughs++;
        this.overflow.clear();
        let item: Pending = root;
        // A playthrough that finds nothing new for a while (a hub it keeps circling) starts again.
        let stale = 0;
        let seen = this.nodes.size + this.visited.size + this.terminals.size;
        for (let step = 0; step < maxChoices && stale < 40; step++) {
          const node = this.nodes.get(item.key) ?? this.overflow.get(item.key);
          if (!node || node.choices.length === 0) break;
          const index = this.pickChoice(node, taken.get(item.key), random);
          if (index < 0) break;
          let set = taken.get(item.key);
          if (!set) taken.set(item.key, (set = new Set()));
          set.add(index);
          const next = this.follow(node, item, index, true);
          if (!next) break;
          item = next;
          const now = this.nodes.size + this.visited.size + this.terminals.size;
          stale = now > seen ? 0 : stale + 1;
          seen = now;
          this.progress('sampled');
          if (this.outOfTime()) break;
        }
        fruitless = found() > before ? 0 : fruitless + 1;
      } while (!this.outOfTime() && fruitless < 100 && this.playthroughs < 1_000_000);
    } finally {
      untrack();
    }
  }

  /**
   * Plays each `# path:` from the start, its tagged option at every decision, before any sampling: the
   * audit walks those paths through the graph, so they are in it however little time the budget left
   * (a path found on the way is played too). A path stops where no option carries it, or at a loop.
   */
  private playCanonicalPaths(root: Pending, maxChoices: number): void {
    const played = new Set<string>();
    const names = (): string[] =>
      [...this.nodes.values()]
        .flatMap((node) => node.choices.flatMap((choice) => choice.tags.paths))
        .filter((name) => !played.has(name));
    for (let next = names(); next.length > 0; next = names()) {
      for (const name of new Set(next)) {
        played.add(name);
        this.playthroughs++;
        this.overflow.clear();
        const seen = new Set<string>();
        let item: Pending = root;
        for (let step = 0; step < maxChoices && !seen.has(item.key); step++) {
          seen.add(item.key);
          const node = this.nodes.get(item.key) ?? this.overflow.get(item.key);
          const choice = node?.choices.find((c) => c.tags.paths.includes(name));
          if (!node || !choice) break;
          const following = this.follow(node, item, choice.index, true);
          if (!following) break;
          item = following;
        }
      }
    }
  }

  private topKnotsLeft(): number {
    return this.topKnots.filter((knot) => !this.visited.has(knot)).length;
  }

  /**
   * Unreached knots first, then choices not yet taken from this state, then choices that lead to a state
   * with choices not yet taken; ties broken at random. Returns -1 when no choice may be followed.
   */
  private pickChoice(node: DecisionNode, taken: Set<number> | undefined, random: () => number): number {
    let best = -1;
    let bestScore = -1;
    for (const choice of node.choices) {
      const move = choice.tags.moves[0];
      if (this.options.onlyMoves && !(move && this.options.onlyMoves.has(move))) continue;
      let score = random();
      if (choice.knot && !this.visited.has(choice.knot)) score += 8;
      if (!taken?.has(choice.index)) score += 4;
      else {
        const edge = node.edges.find((e) => e.index === choice.index);
        const next = edge ? this.nodes.get(edge.to) : undefined;
        if (next && next.choices.some((c) => !this.sampledFrom.get(next.key)?.has(c.index))) score += 2;
      }
      if (score > bestScore) {
        bestScore = score;
        best = choice.index;
      }
    }
    return best;
  }

  private sortedReads(): string[] {
    if (this.sortedReadSize !== this.read.size) {
      this.sortedReadCache = [...this.read].sort();
      this.sortedReadSize = this.read.size;
    }
    return this.sortedReadCache;
  }

  private outOfTime(): boolean {
    return this.now() >= this.deadline;
  }

  private progress(mode: 'exhaustive' | 'sampled'): void {
    if (!this.options.onProgress) return;
    const at = this.now();
    if (at - this.lastProgress < 250) return;
    this.lastProgress = at;
    this.options.onProgress({
      mode,
      states: this.nodes.size,
      choicesTaken: this.choicesTaken,
      playthroughs: this.playthroughs,
      knotsReached: this.topKnots.length - this.topKnotsLeft(),
      knotsTotal: this.topKnots.length,
      elapsedMs: at - this.started,
    });
  }

  private record(problem: RuntimeProblem): void {
    const key = `${problem.kind}|${problem.message}|${problem.knot}|${problem.afterChoice ?? ''}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push(problem);
  }

  private start(): boolean {
    try {
      const score = initialScoreState(this.options.context, readStartMeters(this.runner));
      const segment = this.runSegment();
      this.root = this.settle(segment, score);
      const node = this.nodes.get(this.root);
      if (node && this.pending.length > 0) {
        const top = this.pending[this.pending.length - 1];
        if (top) this.rootState = { ...top };
      }
      return node !== undefined;
    } catch (error) {
      if (error instanceof StoryRuntimeError || error instanceof RunawayStoryError) {
        this.record({ kind: problemKind(error), message: error.message, knot: this.runner.currentKnot() });
        return false;
      }
      throw error;
    }
  }

  private expand(item: Pending): void {
    const node = this.nodes.get(item.key);
    if (!node) return;
    for (const choice of node.choices) {
      const move = choice.tags.moves[0];
      if (this.options.onlyMoves && !(move && this.options.onlyMoves.has(move))) continue;
      this.follow(node, item, choice.index, false);
    }
    node.expanded = true;
  }

  /** Takes one choice from a saved state; returns the state it leads to when that is a decision. */
  private follow(node: DecisionNode, item: Pending, index: number, sampling: boolean): Pending | null {
    const choice = node.choices.find((c) => c.index === index);
    if (!choice) return null;
    const move = choice.tags.moves[0];
    const { context, scored } = this.options;
    if (this.atState !== item) {
      if (item.stateJson === '') return null;
      this.runner.loadState(item.stateJson);
    }
    this.atState = null;
    let score = item.score;
    let alignment = 0;
    let attunement = 0;
    if (scored && move && move in context.rubric.moves) {
      // The runner is at the node's state: a move to someone else is scored in that person's phase.
      const phase = choice.tags.to === undefined ? node.phase : readPhase(this.runner, choice.tags.to);
      const result = scoreChoice(context, score, choiceInput(move, phase, choice.tags));
      score = result.state;
      alignment = result.effect.alignment;
      attunement = result.effect.attunement;
    }
    this.choicesTaken++;
    try {
      this.runner.choose(choice.index);
      if (scored) writeMeters(this.runner, score);
      const before = this.pending.length;
      const to = this.settle(this.runSegment(), score, choice.text, sampling);
      if (!node.edges.some((edge) => edge.index === choice.index && edge.to === to)) {
        node.edges.push({
          index: choice.index,
          text: choice.text,
          ...(move ? { move } : {}),
          paths: choice.tags.paths,
          alignment,
          attunement,
          to,
        });
      }
      if (sampling) {
        const next = this.pending.length > before ? this.pending.pop() : undefined;
        if (next) {
          this.pendingBytes -= next.stateJson.length * 2;
          return next;
        }
        if (this.terminals.has(to) || !(this.nodes.has(to) || this.overflow.has(to))) return null;
        // The runner stands in this state and walks on from it: no saved copy is needed.
        const here = { key: to, stateJson: '', score };
        this.atState = here;
        return here;
      }
      return null;
    } catch (error) {
      if (!(error instanceof StoryRuntimeError || error instanceof RunawayStoryError)) throw error;
      this.record({
        kind: problemKind(error),
        message: error.message,
        knot: error instanceof StoryLimitError ? error.knot : this.runner.currentKnot() || node.knot,
        afterChoice: choice.text,
      });
      return null;
    }
  }

  private runSegment(): Segment {
    const runner = this.runner;
    let outcome: OutcomeName | null = null;
    let noted = false;
    let knot = runner.currentKnot();
    let lastLine = '';
    let lines = 0;
    const limit = this.options.maxLinesPerSegment ?? 10_000;
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
      if (line.problems.length > 0) {
        const seen = line.text + line.tags.join('#');
        if (!this.seenLines.has(seen)) {
          this.seenLines.add(seen);
          for (const problem of line.problems)
            this.lineTagProblems.push({ text: line.text, message: problem.message, tag: problem.tag });
        }
      }
    }
    return { noted, outcome, knot, lastLine };
  }

  /** Files the state the runner is in: a terminal or a decision (new ones wait in `pending`). */
  private settle(segment: Segment, score: ScoreState, afterChoice?: string, sampling = false): string {
    const runner = this.runner;
    const phase = runner.getVariable('phase');
    if (phase !== undefined && phase !== 1 && phase !== 2 && phase !== 3) {
      const problem: RuntimeProblem = {
        kind: 'runtime',
        message: `phase became ${String(phase)}; it must stay 1, 2 or 3`,
        knot: segment.knot,
        ...(afterChoice ? { afterChoice } : {}),
      };
      const key = `${problem.message}|${problem.afterChoice ?? ''}`;
      if (!this.problemKeys.has(key)) {
        this.problemKeys.add(key);
        this.phaseProblems.push(problem);
      }
    }
    const choices = runner.choices();
    if (choices.length === 0) {
      const key = `end|${segment.outcome ?? ''}|${score.covered.join(',')}|${segment.knot}`;
      if (!this.terminals.has(key)) {
        this.terminals.set(key, {
          key,
          outcome: segment.outcome,
          covered: score.covered,
          knot: segment.knot,
          lastLine: segment.lastLine,
        });
      }
      return key;
    }
    const key = stateKeyHash(
      `${runner.stateKey(this.sortedReads())}|${scoreKey(score, choices, this.options.context)}`,
    );
    if (this.nodes.has(key) || (sampling && this.overflow.has(key))) return key;
    const stateJson = runner.saveState();
    const limit = this.options.maxChoicesAtOnePoint ?? Infinity;
    if (choices.length > limit) {
      this.record({
        kind: 'crowded',
        message: `the story offers ${choices.length} choices at once (in "${segment.knot || 'start'}"); Attune shows at most ${limit}`,
        knot: segment.knot,
      });
      this.nodes.set(key, {
        key,
        noted: segment.noted,
        knot: segment.knot,
        phase: readPhase(runner),
        edges: [],
        choices: [],
        expanded: true,
      });
      return key;
    }
    if (this.nodes.size >= this.options.maxStates) {
      this.stoppedBy ??= 'max-states';
      if (!sampling) return key;
      // Sampling past the cap still walks on, keeping the state only for this playthrough.
      if (!this.overflow.has(key)) this.overflow.set(key, this.makeNode(key, segment, choices));
      const item = { key, stateJson, score };
      this.pending.push(item);
      this.atState = item;
      return key;
    }
    const maxBytes = this.options.maxPendingBytes ?? 200 * 1024 * 1024;
    if (!sampling && this.pendingBytes + stateJson.length * 2 > maxBytes) {
      this.stoppedBy ??= 'memory';
      return key;
    }
    this.nodes.set(key, this.makeNode(key, segment, choices));
    const item = { key, stateJson, score };
    this.pending.push(item);
    this.atState = item;
    this.pendingBytes += stateJson.length * 2;
    return key;
  }

  private makeNode(key: string, segment: Segment, choices: StoryChoice[]): DecisionNode {
    return {
      key,
      noted: segment.noted,
      knot: choices[0]?.knot || segment.knot,
      phase: readPhase(this.runner),
      edges: [],
      choices,
      expanded: false,
    };
  }

  result(restarts: number): Exploration {
    const complete = this.finished && !this.grew;
    const unreached = this.topKnots.filter((knot) => !this.visited.has(knot));
    const endingsReached: Coverage['endingsReached'] = {};
    for (const terminal of this.terminals.values()) {
      const outcome = terminal.outcome ?? 'none';
      endingsReached[outcome] = (endingsReached[outcome] ?? 0) + 1;
    }
    return {
      root: this.root,
      nodes: this.nodes,
      terminals: this.terminals,
      complete,
      mode: complete ? 'exhaustive' : 'sampled',
      ...(complete ? {} : { stoppedBy: this.stoppedBy ?? 'budget' }),
      visited: this.visited,
      knots: this.runner.namedContent(),
      coverage: {
        knotsReached: this.topKnots.length - unreached.length,
        knotsTotal: this.topKnots.length,
        unreachedKnots: unreached,
        endingsReached,
      },
      problems: this.problems,
      phaseProblems: this.phaseProblems,
      lineTagProblems: this.lineTagProblems,
      restarts: Math.max(restarts, this.restartCount),
      choicesTaken: this.choicesTaken,
      playthroughs: this.playthroughs,
      elapsedMs: this.now() - this.started,
      stubbedExternals: [...this.runner.stubbedExternals],
    };
  }
}
