// The only adapter over the inkjs runtime (DESIGN §2). It turns ink output into typed lines, choices and
// endings, keeps the adapter thin and faithful, and names the fix in every error it raises.
import { Story } from 'inkjs';
import {
  castIds,
  parseChoiceTags,
  parseGlobalTags,
  parseLineTags,
  type ChoiceTags,
  type LineCues,
  type StoryCard,
  type TagProblem,
} from './tag-grammar.ts';
import { StoryLimitError, StoryLoadError, StoryRuntimeError } from './story-errors.ts';
import { canonicalInkState, liveStateKey } from './state-canon.ts';

/** Compiled ink JSON, as a string or as the parsed object a bundler import yields. */
export type StoryJson = string | object;

export type InkValue = number | string | boolean;
export type ExternalFunction = (...args: InkValue[]) => InkValue | undefined;

export interface RunnerOptions {
  /** Seed for ink's RANDOM and shuffles, so a run can be replayed exactly. */
  seed?: number;
  /** Functions for the story's EXTERNAL declarations; all must be bound before the first line. */
  externals?: Record<string, ExternalFunction>;
  /** Bounds on producing one line; a story that passes one stops with a StoryLimitError. */
  limits?: Partial<RunLimits>;
  /**
   * Binds every EXTERNAL that has neither a function here nor an ink fallback to a stub returning 0,
   * and lists it in `stubbedExternals` (for validate and play, which cannot know the game's functions).
   */
  stubMissingExternals?: boolean;
  /** The card's title when the story has no `# title:` (a story opened from a file: its file name). */
  untitled?: string;
}

export interface RunLimits {
  /** Most time spent producing one line (a loop without output never produces it). */
  maxMsPerLine: number;
  /** Deepest call stack (functions and tunnels); a runaway recursion passes it. */
  maxCallDepth: number;
  /** Longest single line, in characters (glue in a loop grows one line without end). */
  maxLineChars: number;
}

export const DEFAULT_RUN_LIMITS: RunLimits = {
  maxMsPerLine: 2000,
  maxCallDepth: 1000,
  maxLineChars: 200_000,
};

export interface StoryLine {
  text: string;
  tags: string[];
  cues: LineCues;
  problems: TagProblem[];
}

export interface StoryChoice {
  index: number;
  /** Stable identity across edits that do not touch this choice: its knot and its text. */
  id: string;
  text: string;
  knot: string;
  /** Where the choice is written: "knot" or "knot.stitch" ('' at the top of the story). */
  section?: string;
  tags: ChoiceTags;
  rawTags: string[];
  problems: TagProblem[];
}

/** Receives every visit-count read the story makes; `forOnceOnlyChoice` marks the check behind `*` choices. */
export type VisitReadListener = (containerPath: string, count: number, forOnceOnlyChoice: boolean) => void;

interface InkContainerLike {
  path: { toString(): string };
}
interface PatchableState {
  VisitCountForContainer(container: InkContainerLike): number;
  TurnsSinceForContainer(container: InkContainerLike): number;
}
interface AbortableStory {
  _asyncContinueActive: boolean;
  _recursiveContinueCount: number;
  _stateSnapshotAtLastNewline: unknown;
  RestoreStateSnapshot(): void;
}
interface SteppableStory {
  ContinueSingleStep(): boolean;
}
interface InkStateInternals {
  callStack: { depth: number };
  outputStream: unknown[];
}
interface PatchableStory {
  ProcessChoice(choicePoint: unknown): unknown;
  VisitContainer(container: InkContainerLike, atStart: boolean): void;
}

function parseJson(json: StoryJson): Story {
  try {
    // Parsed JSON goes to inkjs as it is (inkjs reads it without changing it): no second JSON round trip.
    const story = typeof json === 'string' ? new Story(json) : new Story(json as Record<string, unknown>);
    if (!story.state) throw new Error('no story content');
    return story;
  } catch (error) {
    throw new StoryLoadError(
      `this is not a compiled ink story (${(error as Error).message}); compile the .ink file first (attune validate, or import it through the ink Vite plugin)`,
    );
  }
}

export function choiceIdentity(knot: string, text: string): string {
  return `${knot}/${text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export class StoryRunner {
  readonly card: StoryCard;
  readonly cardProblems: TagProblem[];
  /** The story's people (castIds of the card): buyer first, sponsor second, then `# person:` ids. */
  readonly cast: readonly string[];
  readonly warnings: string[] = [];
  /** EXTERNAL functions bound to a stub returning 0 (see RunnerOptions.stubMissingExternals). */
  readonly stubbedExternals: string[] = [];
  private readonly story: Story;
  private readonly errors: string[] = [];
  private cachedChoices: StoryChoice[] | null = null;
  private readonly limits: RunLimits;
  /** Ids tags may name while playing: the cast, and `sponsor` as before (validate flags it undeclared). */
  private readonly tagIds: readonly string[];

  constructor(json: StoryJson, options: RunnerOptions = {}) {
    this.limits = { ...DEFAULT_RUN_LIMITS, ...options.limits };
    this.story = parseJson(json);
    this.story.onError = (message, type) => {
      // ErrorType.Warning is 1 in inkjs; everything else stops the story.
      if (Number(type) === 1) this.warnings.push(message);
      else this.errors.push(message);
    };
    if (options.seed !== undefined) this.story.state.storySeed = options.seed;
    this.bindExternals(options.externals ?? {}, options.stubMissingExternals ?? false);
    const card = parseGlobalTags(this.story.globalTags);
    this.card =
      card.value.title || !options.untitled ? card.value : { ...card.value, title: options.untitled };
    this.cardProblems = card.problems;
    this.cast = castIds(this.card);
    this.tagIds = this.cast.includes('sponsor') ? this.cast : [...this.cast, 'sponsor'];
  }

  private bindExternals(externals: Record<string, ExternalFunction>, stubMissing: boolean): void {
    for (const [name, fn] of Object.entries(externals)) {
      this.story.BindExternalFunction(name, (...args: InkValue[]) => fn(...args), true);
    }
    this.story.allowExternalFunctionFallbacks = true;
    try {
      this.story.ValidateExternalBindings();
    } catch (error) {
      const message = String((error as Error).message);
      const quoted = message.slice(message.indexOf('external'));
      const names = [...new Set([...quoted.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? ''))].filter(Boolean);
      if (stubMissing && names.length > 0) {
        for (const name of names) this.story.BindExternalFunction(name, () => 0, true);
        this.stubbedExternals.push(...names);
        this.story.ValidateExternalBindings();
        return;
      }
      const list = names.length > 0 ? names.join(', ') : 'an EXTERNAL';
      throw new StoryLoadError(
        `the story declares EXTERNAL ${list} but no function is bound to it; pass externals: { ${names[0] ?? 'name'}: (...) => ... } to the runner, or write an ink function of the same name as a fallback`,
      );
    }
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  get ended(): boolean {
    return !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /** Produces the next line. Throws StoryRuntimeError if ink reports an error while producing it. */
  nextLine(): StoryLine {
    if (!this.story.canContinue) {
      throw new StoryRuntimeError(
        this.story.currentChoices.length > 0
          ? 'nextLine() was called while the story waits for a choice; call choose(index) first'
          : 'nextLine() was called after the story ended; check ended before asking for a line',
      );
    }
    this.cachedChoices = null;
    let text: string;
    try {
      text = this.continueBounded();
    } catch (error) {
      if (error instanceof StoryRuntimeError) throw error;
      throw new StoryRuntimeError(`ink stopped: ${(error as Error).message}`);
    }
    this.raiseCollectedErrors();
    const tags = [...(this.story.currentTags ?? [])];
    const parsed = parseLineTags(tags, this.tagIds);
    return { text: text.trim(), tags, cues: parsed.value, problems: parsed.problems };
  }

  /**
   * One Continue(), with every bound checked while ink works: a hook on ink's single step checks the
   * time, the call-stack depth and the line's length every few hundred steps, and stops a runaway there.
   */
  private continueBounded(): string {
    const story = this.story as unknown as SteppableStory;
    const step = story.ContinueSingleStep;
    const started = performance.now();
    let steps = 0;
    let stop: StoryLimitError | null = null;
    story.ContinueSingleStep = () => {
      if ((++steps & 255) === 0) {
        stop = this.passedLimit(started);
        if (stop) throw stop;
      }
      return step.call(story);
    };
    try {
      return this.story.Continue() ?? '';
    } catch (error) {
      if (stop && error === stop) {
        this.abortContinue();
        throw stop;
      }
      throw error;
    } finally {
      delete (story as Partial<SteppableStory>).ContinueSingleStep;
    }
  }

  private passedLimit(started: number): StoryLimitError | null {
    const state = this.story.state as unknown as InkStateInternals;
    const knot = this.currentKnot() || 'the top of the story';
    if (state.callStack.depth > this.limits.maxCallDepth) {
      return new StoryLimitError(
        `runaway recursion in "${knot}": more than ${this.limits.maxCallDepth} nested calls; give the function or tunnel a case that returns without calling itself again`,
        'depth',
        knot,
      );
    }
    if (state.outputStream.length > this.limits.maxLineChars) {
      return new StoryLimitError(
        `the story built one line of more than ${this.limits.maxLineChars} parts without ending it (in "${knot}"): a loop glues text forever; give the loop an exit`,
        'output',
        knot,
      );
    }
    if (performance.now() - started > this.limits.maxMsPerLine) {
      return new StoryLimitError(
        `the story ran ${(this.limits.maxMsPerLine / 1000).toFixed(1)} s without producing a line or a choice (in "${knot}"): it loops without output; give the loop a line of text, a choice or an -> END`,
        'time',
        knot,
      );
    }
    return null;
  }

  /** Leaves ink's half-finished Continue so the runner can load a saved state again. */
  private abortContinue(): void {
    const story = this.story as unknown as AbortableStory;
    if (story._stateSnapshotAtLastNewline !== null) story.RestoreStateSnapshot();
    story._asyncContinueActive = false;
    story._recursiveContinueCount = 0;
    this.errors.length = 0;
    this.cachedChoices = null;
  }

  choices(): StoryChoice[] {
    if (this.cachedChoices) return this.cachedChoices;
    this.cachedChoices = this.story.currentChoices.map((choice) => {
      const rawTags = [...(choice.tags ?? [])];
      const parsed = parseChoiceTags(rawTags, this.tagIds);
      const target = choice.pathStringOnChoice ?? '';
      const [head = '', second = ''] = target.split('.');
      const knot = /^\d+$/.test(head) ? '' : head;
      const stitch = knot && second && !/^(\d+|[cg]-\d+|\$.*|\^.*)$/.test(second) ? `.${second}` : '';
      return {
        index: choice.index,
        id: choiceIdentity(knot, choice.text),
        text: choice.text.trim(),
        knot,
        section: `${knot}${stitch}`,
        tags: parsed.value,
        rawTags,
        problems: parsed.problems,
      };
    });
    return this.cachedChoices;
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (count === 0) {
      throw new StoryRuntimeError(
        'choose() was called while no choice is offered; read lines until choices appear',
      );
    }
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new StoryRuntimeError(`choice ${index} does not exist; pick an index from 0 to ${count - 1}`);
    }
    this.cachedChoices = null;
    try {
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      throw new StoryRuntimeError(`ink refused the choice: ${(error as Error).message}`);
    }
    this.raiseCollectedErrors();
  }

  hasVariable(name: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(name);
  }

  getVariable(name: string): InkValue | undefined {
    if (!this.hasVariable(name)) return undefined;
    const value: unknown = this.story.variablesState.$(name);
    return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean'
      ? value
      : undefined;
  }

  setVariable(name: string, value: InkValue): void {
    if (!this.hasVariable(name)) {
      throw new StoryRuntimeError(
        `the story has no variable "${name}"; declare it with VAR ${name} = ... in the ink`,
      );
    }
    this.story.variablesState.$(name, value);
  }

  /**
   * The canonical key of the state the runner is in (see state-canon.ts), with the visit counts in
   * `sortedReads` (sorted paths), read from the live state without saving it.
   */
  stateKey(sortedReads: readonly string[]): string {
    return (
      liveStateKey(this.story.state, sortedReads) ?? canonicalInkState(this.saveState(), new Set(sortedReads))
    );
  }

  saveState(): string {
    return this.story.state.toJson();
  }

  loadState(stateJson: string): void {
    try {
      this.story.state.LoadJson(stateJson);
    } catch (error) {
      throw new StoryLoadError(
        `the saved ink state does not fit this story (${(error as Error).message}); start the story again`,
      );
    }
    this.cachedChoices = null;
  }

  /** Knots and stitches of the story, as "knot" and "knot.stitch" paths. */
  namedContent(): string[] {
    const names: string[] = [];
    const root = this.story.mainContentContainer;
    for (const [knot, container] of root.namedContent) {
      if (knot === 'global decl') continue;
      names.push(knot);
      const inner = (container as unknown as { namedContent?: Map<string, unknown> }).namedContent;
      for (const stitch of inner?.keys() ?? []) {
        if (!/^[cg]-\d+$/.test(stitch) && !stitch.startsWith('$')) names.push(`${knot}.${stitch}`);
      }
    }
    return names;
  }

  /** The knot the story is in, or '' at top level or after the end. */
  currentKnot(): string {
    const path = this.story.state.currentPathString ?? '';
    const head = path.split('.')[0] ?? '';
    return /^\d+$/.test(head) ? '' : head;
  }

  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /**
   * Reports visit-count reads to `listener`, and every container the story enters to `onEnter`, until the
   * returned function is called. Ink copies its state
   * while it looks ahead, so the hook sits on the runtime's prototypes; it is meant for synchronous
   * analysis (the explorer) and reports reads from any story while it is installed.
   */
  trackVisitReads(listener: VisitReadListener, onEnter?: (containerPath: string) => void): () => void {
    const stateProto = Object.getPrototypeOf(this.story.state) as PatchableState;
    const storyProto = Object.getPrototypeOf(this.story) as PatchableStory;
    const visit = stateProto.VisitCountForContainer;
    const turns = stateProto.TurnsSinceForContainer;
    const processChoice = storyProto.ProcessChoice;
    const visitContainer = storyProto.VisitContainer;
    if (onEnter) {
      storyProto.VisitContainer = function (this: PatchableStory, container, atStart) {
        onEnter(container.path.toString());
        visitContainer.call(this, container, atStart);
      };
    }
    let inChoice = false;
    stateProto.VisitCountForContainer = function (this: PatchableState, container) {
      const count = visit.call(this, container);
      listener(container.path.toString(), count, inChoice);
      return count;
    };
    stateProto.TurnsSinceForContainer = function (this: PatchableState, container) {
      listener(container.path.toString(), 1, false);
      return turns.call(this, container);
    };
    storyProto.ProcessChoice = function (this: PatchableStory, choicePoint) {
      inChoice = true;
      try {
        return processChoice.call(this, choicePoint);
      } finally {
        inChoice = false;
      }
    };
    return () => {
      stateProto.VisitCountForContainer = visit;
      stateProto.TurnsSinceForContainer = turns;
      storyProto.ProcessChoice = processChoice;
      storyProto.VisitContainer = visitContainer;
    };
  }

  private raiseCollectedErrors(): void {
    if (this.errors.length === 0) return;
    const message = this.errors.splice(0).join('; ');
    throw new StoryRuntimeError(`ink stopped: ${message}`);
  }
}
