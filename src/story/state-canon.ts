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
