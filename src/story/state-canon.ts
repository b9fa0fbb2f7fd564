// Canonical form of a saved ink state, for deduplicating explored states: two states that can only lead to
// the same futures get the same key. Thread ids, the turn counter, the output stream and visit counts the
// story never reads are left out; turn indices are kept relative to the current turn.

interface SavedThread {
  callstack?: unknown[];
  threadIndex?: number;
  previousContentObject?: unknown;
}
interface SavedChoice {
  text?: string;
  originalChoicePath?: string;
  targetPath?: string;
  isInvisibleDefault?: boolean;
  tags?: string[];
  originalThreadIndex?: number;
}
interface SavedFlow {
  callstack?: { threads?: SavedThread[] };
  choiceThreads?: Record<string, SavedThread>;
  currentChoices?: SavedChoice[];
}
interface SavedState {
  flows?: Record<string, SavedFlow>;
  currentFlowName?: string;
  variablesState?: Record<string, unknown>;
  evalStack?: unknown[];
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  previousRandom?: number;
}

function filterCounts(counts: Record<string, number> | undefined, read: ReadonlySet<string>, base = 0) {
  const kept: [string, number][] = [];
  for (const [path, value] of Object.entries(counts ?? {})) {
    if (read.has(path)) kept.push([path, value - base]);
  }
  return kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function canonicalInkState(stateJson: string, readCounts: ReadonlySet<string>): string {
  const state = JSON.parse(stateJson) as SavedState;
  const flowName = state.currentFlowName ?? 'DEFAULT_FLOW';
  const flow = state.flows?.[flowName] ?? {};
  const threads = (flow.callstack?.threads ?? []).map((thread) => thread.callstack ?? []);
  const choices = (flow.currentChoices ?? []).map((choice) => ({
    text: choice.text,
    from: choice.originalChoicePath,
    to: choice.targetPath,
    invisible: choice.isInvisibleDefault ?? false,
    tags: choice.tags ?? [],
    thread: flow.choiceThreads?.[String(choice.originalThreadIndex)]?.callstack ?? null,
  }));
  const turn = state.turnIdx ?? 0;
  return JSON.stringify([
    flowName,
    threads,
    choices,
    Object.entries(state.variablesState ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    state.evalStack ?? [],
    filterCounts(state.visitCounts, readCounts),
    filterCounts(state.turnIndices, readCounts, turn),
    state.previousRandom ?? 0,
  ]);
}

// The same canonical key, read straight from a live inkjs state instead of from its saved JSON: much
// cheaper than saving, so the explorer only saves states it has not met before. It reads the runtime's
// own fields (inkjs 2.4); tests check it agrees with canonicalInkState on when two states are equal.
interface LivePointer {
  isNull: boolean;
  container: { path: { toString(): string } } | null;
  index: number;
}
interface LiveElement {
  type: number;
  currentPointer: LivePointer;
  inExpressionEvaluation: boolean;
  temporaryVariables: Map<string, unknown>;
}
interface LiveThread {
  callstack: LiveElement[];
}
interface LiveChoice {
  text: string;
  sourcePath: string;
  targetPath: { toString(): string } | null;
  isInvisibleDefault: boolean;
  tags: string[] | null;
  threadAtGeneration: LiveThread | null;
}
interface LiveState {
  currentFlowName: string;
  callStack: { _threads: LiveThread[] };
  currentChoices: LiveChoice[];
  variablesState: { _globalVariables: Map<string, unknown> };
  evaluationStack: unknown[];
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  currentTurnIndex: number;
  previousRandom: number;
  _patch: unknown;
}

function valueKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const v = value as { valueType?: number; contextIndex?: number; toString(): string };
  return `${v.valueType ?? value.constructor.name}:${v.toString()}${v.contextIndex !== undefined ? `@${v.contextIndex}` : ''}`;
}

function pointerKey(pointer: LivePointer): string {
  return pointer.isNull || !pointer.container ? '-' : `${pointer.container.path.toString()}@${pointer.index}`;
}

function threadKey(thread: LiveThread | null, out: string[]): void {
  if (!thread) {
    out.push('null');
    return;
  }
  for (const element of thread.callstack) {
    out.push(
      `${element.type}${element.inExpressionEvaluation ? 'e' : ''}${pointerKey(element.currentPointer)}`,
    );
    for (const [name, value] of element.temporaryVariables) out.push(`${name}=${valueKey(value)}`);
    out.push(';');
  }
}

/** The canonical key of a live state, or null when it is mid-change (then use canonicalInkState). */
export function liveStateKey(state: unknown, sortedReads: readonly string[]): string | null {
  const s = state as LiveState;
  if (s._patch) return null;
  const out: string[] = [s.currentFlowName];
  for (const thread of s.callStack._threads) {
    threadKey(thread, out);
    out.push('|');
  }
  out.push('#');
  for (const choice of s.currentChoices) {
    out.push(
      choice.text,
      choice.sourcePath,
      choice.targetPath?.toString() ?? '',
      choice.isInvisibleDefault ? 'i' : '',
      (choice.tags ?? []).join('\u0001'),
    );
    threadKey(choice.threadAtGeneration, out);
    out.push('|');
  }
  out.push('#');
  for (const [name, value] of s.variablesState._globalVariables) out.push(`${name}=${valueKey(value)}`);
  out.push('#');
  for (const value of s.evaluationStack) out.push(valueKey(value));
  out.push('#');
  for (const path of sortedReads) {
    const count = s._visitCounts.get(path);
    if (count !== undefined) out.push(`${path}=${count}`);
  }
  out.push('#');
  for (const path of sortedReads) {
    const turn = s._turnIndices.get(path);
    if (turn !== undefined) out.push(`${path}=${turn - s.currentTurnIndex}`);
  }
  out.push(`#${s.previousRandom}`);
  return out.join('\u0000');
}
