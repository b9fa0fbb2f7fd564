// `attune validate` for one story: compile, check the tag contract of DESIGN §3, explore every reachable
// state, and report endings, dead ends, unreachable knots, the score range and each canonical path.
import { runPath } from '../session/index.ts';
import { createScoreContext, type OutcomeName, type Rubric, type ScoreContext } from '../sim/index.ts';
import {
  CHOICE_KEYS,
  GLOBAL_KEYS,
  LINE_KEYS,
  isScoredStory,
  parseChoiceTags,
  parseGlobalTags,
  parseLineTags,
  StoryLoadError,
  StoryRunner,
  type StoryCard,
} from '../story/index.ts';
import { CAST_TAG_KEYS, checkCast } from './cast-check.ts';
import { compileInk, type Diagnostic } from './compile-ink.ts';
import { explore, type Coverage, type ExploreProgress, type Exploration } from './explorer.ts';
import { suggestName } from '../sim/suggest-name.ts';
import { scoreRange } from './score-range.ts';
import { locateChoice, locateKnot, scanSource, type SourceFile, type SourceScan } from './source-tags.ts';
import { suggestMove } from '../sim/rubric.ts';
import { auditStory, type AuditBounds, type Library, type StoryAudit } from './audit/index.ts';

export interface ValidateInput {
  fileName: string;
  source: string;
  readFile: (name: string) => string;
  rubric: Rubric;
  maxStates: number;
  /** Run the teaching audit (DESIGN §3b) on a scored story, with the folder's stories as its library. */
  audit?: { bounds: AuditBounds; library: Library };
  /** Time for the story, compiling included, in ms (default 10 s); past it the report is "sampled". */
  budgetMs?: number;
  /** Refuse an EXTERNAL that has no ink fallback, instead of calling a stub that returns 0. */
  strictExternals?: boolean;
  onProgress?: (progress: ExploreProgress) => void;
}

export const DEFAULT_BUDGET_MS = 10_000;

export interface PathReport {
  name: string;
  outcome: OutcomeName | null;
  overall: number | null;
  decisions: number;
  error?: string;
}

export interface StoryValidation {
  file: string;
  title: string;
  scored: boolean;
  ok: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  notes: string[];
  states: number;
  complete: boolean;
  /** exhaustive: every reachable state was explored; sampled: a budget or cap stopped it (see coverage). */
  mode: 'exhaustive' | 'sampled';
  coverage: Coverage;
  /** The game's own tags (keys outside Attune's contract), with how often each is written. */
  ownTags: { key: string; count: number }[];
  endings: Partial<Record<OutcomeName, number>>;
  deadEnds: number;
  unreachableKnots: string[];
  minOverall: number | null;
  maxOverall: number | null;
  paths: PathReport[];
  audit?: StoryAudit;
  durationMs: number;
}

/** A finding reported more than once (same file, line and words) is kept once, with a count. */
function addOnce(list: Diagnostic[], diagnostic: Diagnostic) {
  const same = list.find(
    (d) => d.message === diagnostic.message && d.file === diagnostic.file && d.line === diagnostic.line,
  );
  if (same) same.count = (same.count ?? 1) + 1;
  else list.push(diagnostic);
}

class Findings {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly notes: string[] = [];
  readonly ownTags = new Map<string, number>();
  constructor(private readonly file: string) {}
  error(message: string, at?: { file: string; line: number } | null) {
    addOnce(this.errors, { severity: 'error', file: at?.file ?? this.file, line: at?.line ?? 0, message });
  }
  warn(message: string, at?: { file: string; line: number } | null) {
    addOnce(this.warnings, {
      severity: 'warning',
      file: at?.file ?? this.file,
      line: at?.line ?? 0,
      message,
    });
  }
}

const CONTRACT_KEYS: Record<'global' | 'line' | 'choice', readonly string[]> = {
  global: GLOBAL_KEYS,
  line: LINE_KEYS,
  choice: CHOICE_KEYS,
};

/** The key of a tag in Attune's contract, or null for the game's own tag (another key, or no "key:"). */
function contractKey(tag: string, place: 'global' | 'line' | 'choice'): string | null {
  const colon = tag.indexOf(':');
  if (colon <= 0) return null;
  const key = tag.slice(0, colon).trim().toLowerCase();
  return CONTRACT_KEYS[place].includes(key) ? key : null;
}

/** The game's own tag: in an unscored story it is listed once; in a scored one it is a warning. */
function ownTag(
  tag: string,
  scored: boolean,
  findings: Findings,
  at: { file: string; line: number },
  place: string,
) {
  const colon = tag.indexOf(':');
  const key = colon > 0 ? tag.slice(0, colon).trim().toLowerCase() : tag.trim();
  findings.ownTags.set(key, (findings.ownTags.get(key) ?? 0) + 1);
  if (!scored) return;
  if (colon <= 0) {
    findings.warn(
      `tag "#${tag}" is not in "key: value" form; Attune ignores it (write "# key: value" if it is meant for Attune)`,
      at,
    );
    return;
  }
  const known = CONTRACT_KEYS[place === 'global' ? 'global' : place === 'line' ? 'line' : 'choice'];
  const guess = suggestName(key, [...known]);
  findings.warn(
    `unknown ${place} tag "# ${key}:"; Attune ignores it${guess ? ` (did you mean "# ${guess}:"?)` : ` (${place} tags are ${known.join(', ')})`}`,
    at,
  );
}

function checkTags(
  scan: SourceScan,
  files: readonly SourceFile[],
  rubric: Rubric,
  card: StoryCard,
  scored: boolean,
  findings: Findings,
) {
  const mustIds = new Set(card.musts.map((must) => must.id));
  for (const tag of scan.tags) {
    const at = { file: tag.file, line: tag.line };
    const key = tag.tag.split(':')[0]?.trim().toLowerCase() ?? '';
    if (tag.place === 'after-bracket' && (CHOICE_KEYS as readonly string[]).includes(key)) {
      findings.error(
        `tag "#${tag.tag}" comes after "]" and never reaches the choice; move it inside the brackets`,
        at,
      );
      continue;
    }
    if (tag.place === 'unbracketed-choice') {
      findings.warn(
        `tag "#${tag.tag}" is on a choice without [brackets]; it also lands on the echoed line: put the choice text and its tags in [ ]`,
        at,
      );
    }
    const place = tag.place === 'global' ? 'global' : tag.place === 'line' ? 'line' : 'choice';
    if (contractKey(tag.tag, place) === null) {
      ownTag(tag.tag, scored, findings, at, place);
      continue;
    }
    // The ids of a line's speaker and presence and of a choice's `# to:` are checked against the cast.
    if (CAST_TAG_KEYS.includes(key) && (place === 'choice') === (key === 'to')) continue;
    const parse =
      tag.place === 'global'
        ? parseGlobalTags
        : tag.place === 'choice' || tag.place === 'unbracketed-choice'
          ? parseChoiceTags
          : parseLineTags;
    for (const problem of parse([tag.tag]).problems) findings.error(problem.message, at);
  }
  checkCast(card, scan, files, (message, at) => findings.error(message, at));
  for (const choice of scan.choices) {
    const at = { file: choice.file, line: choice.line };
    const tags = parseChoiceTags(choice.tags).value;
    const moves = choice.tags.filter((t) => /^\s*move\s*:/i.test(t)).length;
    if (scored && moves === 0)
      findings.error(`choice "${choice.text}" has no move; add "#move: <id>" inside its brackets`, at);
    if (moves > 1) {
      findings.error(
        `choice "${choice.text}" has ${moves} moves (${tags.moves.join(', ')}); a choice makes exactly one move: keep one "#move:"`,
        at,
      );
    }
    for (const move of tags.moves) {
      if (!(move in rubric.moves)) {
        const guess = suggestMove(rubric, move);
        findings.error(
          `unknown move "${move}"${guess ? `; did you mean "${guess}"?` : `; use one of ${Object.keys(rubric.moves).join(', ')}`}`,
          at,
        );
      }
    }
    for (const id of tags.covers) {
      if (!mustIds.has(id)) {
        findings.error(
          `"#covers: ${id}" names no must item; declare it at the top with "# must: ${id} <text>" or fix the id`,
          at,
        );
      }
    }
  }
  for (const assignment of scan.phaseAssignments) {
    const value = Number(assignment.value);
    if (/^-?\d+$/.test(assignment.value) && !(value >= 1 && value <= 3)) {
      findings.error(`phase is set to ${assignment.value}; the buyer's phase is 1, 2 or 3`, assignment);
    }
  }
  if (scored && !scan.declaresPhase) {
    findings.error(
      'a scored story must declare the buyer\'s phase: add "VAR phase = 1" (or 2, 3) at the top',
    );
  }
  if (card.persona && !(card.persona in rubric.personas)) {
    findings.error(
      `persona "${card.persona}" is not in the rubric; use one of ${Object.keys(rubric.personas).join(', ')}`,
    );
  }
}

function reportExploration(
  exploration: Exploration,
  files: SourceFile[],
  scan: SourceScan,
  scored: boolean,
  findings: Findings,
) {
  for (const problem of exploration.problems) {
    const at = problem.afterChoice
      ? locateChoice(scan, problem.afterChoice)
      : locateKnot(files, problem.knot);
    const after = problem.afterChoice ? ` after the choice "${problem.afterChoice}"` : '';
    findings.error(`${problem.message}${after}`, at);
  }
  for (const problem of exploration.phaseProblems) {
    const at = problem.afterChoice
      ? locateChoice(scan, problem.afterChoice)
      : locateKnot(files, problem.knot);
    findings.error(`${problem.message}${problem.afterChoice ? ` (after "${problem.afterChoice}")` : ''}`, at);
  }
  let deadEnds = 0;
  for (const terminal of exploration.terminals.values()) {
    if (terminal.outcome !== null || !scored) continue;
    deadEnds++;
    findings.error(
      `the story ends without an outcome after "${terminal.lastLine.slice(0, 60)}"; end every ending with a line tagged "# outcome: order|advance|continuation|no-sale"`,
      locateKnot(files, terminal.knot),
    );
  }
  const unreachable = exploration.complete
    ? exploration.knots.filter((knot) => !exploration.visited.has(knot))
    : [];
  for (const knot of unreachable)
    findings.warn(
      `knot "${knot}" is never reached from the start; divert to it or remove it`,
      locateKnot(files, knot),
    );
  return { deadEnds, unreachable };
}

/** Stubs returning 0 for EXTERNAL functions with neither a binding nor an ink fallback. */
export function zeroStubs(names: readonly string[]): Record<string, () => number> {
  return Object.fromEntries(names.map((name) => [name, () => 0]));
}

function pathReport(json: string, rubric: Rubric, name: string, stubbed: readonly string[]): PathReport {
  const { report, ended, error } = runPath(
    { story: json, rubric, clock: () => 0, externals: zeroStubs(stubbed) },
    name,
  );
  const decisions = report.decisions.length;
  if (!ended) return { name, outcome: null, overall: null, decisions, error: error ?? 'ink stopped' };
  return { name, outcome: report.outcome, overall: report.overall, decisions };
}

function pathNames(scan: SourceScan, exploration: Exploration): string[] {
  const names = new Set<string>();
  for (const choice of scan.choices)
    for (const path of parseChoiceTags(choice.tags).value.paths) names.add(path);
  for (const node of exploration.nodes.values())
    for (const edge of node.edges) for (const path of edge.paths) names.add(path);
  return [...names].sort((a, b) => (a === 'exemplary' ? -1 : b === 'exemplary' ? 1 : a.localeCompare(b)));
}

export function validateStory(
  input: ValidateInput,
  now: () => number = () => performance.now(),
): StoryValidation {
  const started = now();
  const findings = new Findings(input.fileName);
  const empty: StoryValidation = {
    file: input.fileName,
    title: '',
    scored: false,
    ok: false,
    errors: findings.errors,
    warnings: findings.warnings,
    notes: findings.notes,
    states: 0,
    complete: true,
    mode: 'exhaustive',
    coverage: { knotsReached: 0, knotsTotal: 0, unreachedKnots: [], endingsReached: {} },
    ownTags: [],
    endings: {},
    deadEnds: 0,
    unreachableKnots: [],
    minOverall: null,
    maxOverall: null,
    paths: [],
    durationMs: 0,
  };
  const files: SourceFile[] = [{ name: input.fileName, text: input.source }];
  const compiled = compileInk({
    fileName: input.fileName,
    source: input.source,
    readFile: (name) => {
      const text = input.readFile(name);
      files.push({ name: input.fileName.slice(0, input.fileName.lastIndexOf('/') + 1) + name, text });
      return text;
    },
  });
  for (const d of compiled.diagnostics) {
    const withGuess = { ...d, message: suggestTarget(d.message, files) };
    addOnce(d.severity === 'error' ? findings.errors : findings.warnings, withGuess);
  }
  if (compiled.json === null) return { ...empty, durationMs: now() - started };
  const json = compiled.json;

  const scored = isScoredStory(json);
  let card: StoryCard;
  let stubbed: string[];
  try {
    const runner = new StoryRunner(json, { stubMissingExternals: true });
    card = runner.card;
    stubbed = runner.stubbedExternals;
  } catch (error) {
    if (!(error instanceof StoryLoadError)) throw error;
    findings.error(error.message);
    return { ...empty, scored, durationMs: now() - started };
  }
  const declared = declaredExternals(files);
  const fallbacks = declared.filter((name) => !stubbed.includes(name));
  if (fallbacks.length > 0)
    findings.notes.push(`EXTERNAL ${fallbacks.join(', ')}: validate and play run the story's ink fallback`);
  if (stubbed.length > 0) {
    if (input.strictExternals) {
      findings.error(
        `EXTERNAL ${stubbed.join(', ')} has no ink fallback, and --strict-externals refuses a stub; write an ink function of the same name for each, or drop --strict-externals`,
      );
      return { ...empty, scored, title: card.title, durationMs: now() - started };
    }
    findings.warn(
      `EXTERNAL ${stubbed.join(', ')} has no ink fallback: validate and play call a stub that returns 0, so branches on its result may differ in the game; write an ink function of the same name as a fallback (or pass --strict-externals to refuse)`,
    );
  }
  if (!scored)
    findings.notes.push(
      'unscored story: no choice carries a "# move:" tag, so it plays with scoring switched off',
    );
  if (!card.title) findings.warn('the story has no title: add "# title: <name>" at the top of the file');
  const scan = scanSource(files);
  checkTags(scan, files, input.rubric, card, scored, findings);

  let context: ScoreContext;
  try {
    context = createScoreContext(
      input.rubric,
      scored && card.persona && card.persona in input.rubric.personas ? card.persona : undefined,
      card.musts.map((m) => m.id),
    );
  } catch (error) {
    findings.error((error as Error).message);
    return { ...empty, scored, title: card.title, durationMs: now() - started };
  }
  const exploration = explore({
    json,
    context,
    scored,
    maxStates: input.maxStates,
    // The budget covers the whole story, compiling included; exploring always gets a fifth of it.
    budgetMs: Math.max(
      (input.budgetMs ?? DEFAULT_BUDGET_MS) - (now() - started),
      (input.budgetMs ?? DEFAULT_BUDGET_MS) / 5,
    ),
    functions: declaredFunctions(files),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  if (!exploration.complete) {
    const why =
      exploration.stoppedBy === 'max-states'
        ? `it passed --max-states ${input.maxStates}`
        : exploration.stoppedBy === 'memory'
          ? 'the states waiting to be explored passed the memory cap'
          : `it did not finish within the ${((input.budgetMs ?? DEFAULT_BUDGET_MS) / 1000).toFixed(0)} s budget`;
    const { knotsReached, knotsTotal } = exploration.coverage;
    findings.notes.push(
      `sampled, not exhaustive: ${why}; ${exploration.playthroughs} coverage-guided playthroughs then reached ${knotsReached} of ${knotsTotal} knots. Knots not reached may still be reachable (raise --budget to explore further)`,
    );
  }
  // Tags written literally were checked with their line above; these come from computed tags.
  const written = new Set(scan.tags.map((tag) => tag.tag.trim()));
  for (const problem of exploration.lineTagProblems) {
    if (problem.tag !== undefined && contractKey(problem.tag, 'line') === null) continue;
    if (problem.tag !== undefined && written.has(problem.tag.trim())) continue;
    if (!findings.errors.some((e) => e.message === problem.message)) {
      findings.error(`${problem.message} (line "${problem.text.slice(0, 50)}")`);
    }
  }
  const { deadEnds, unreachable } = reportExploration(exploration, files, scan, scored, findings);
  if (scored) {
    const unnoted = new Map<string, string>();
    for (const node of exploration.nodes.values()) {
      const first = node.choices[0]?.text;
      if (!node.noted && first !== undefined) unnoted.set(first, first);
    }
    for (const first of unnoted.keys()) {
      findings.warn(
        `the decision offering "${first}" has no facilitator note on the way to it; add "# note: <text>" to the line before the choices`,
        locateChoice(scan, first),
      );
    }
  }
  const endings: Partial<Record<OutcomeName, number>> = {};
  for (const terminal of exploration.terminals.values()) {
    if (terminal.outcome) endings[terminal.outcome] = (endings[terminal.outcome] ?? 0) + 1;
  }
  const range = scored ? scoreRange(exploration, context) : null;
  if (range && range.loops > 0)
    findings.notes.push(
      `${range.loops} loop(s): a state can lead back to itself; the score range counts each loop once`,
    );

  const paths = pathNames(scan, exploration).map((name) => pathReport(json, input.rubric, name, stubbed));
  for (const path of paths) {
    if (path.error) findings.error(path.error);
    else if (path.outcome === null)
      findings.error(
        `path "${path.name}" reaches an ending without "# outcome:"; tag the ending's last line`,
      );
  }
  if (findings.ownTags.size > 0 && !scored) {
    findings.notes.push(
      `the game's own tags (outside Attune's contract, passed through untouched): ${[...findings.ownTags]
        .map(([key, count]) => `${key}×${count}`)
        .join(', ')}`,
    );
  }
  const audit =
    scored && input.audit
      ? auditStory({ file: input.fileName, exploration, context, scan, files, ...input.audit })
      : undefined;
  if (audit) {
    findings.errors.push(...audit.errors);
    findings.warnings.push(...audit.warnings);
    findings.notes.push(...audit.notes);
  }
  const errors = findings.errors;
  return {
    file: input.fileName,
    title: card.title,
    scored,
    ok: errors.length === 0,
    errors,
    warnings: findings.warnings,
    notes: findings.notes,
    states: exploration.nodes.size,
    complete: exploration.complete,
    mode: exploration.mode,
    coverage: exploration.coverage,
    ownTags: [...findings.ownTags].map(([key, count]) => ({ key, count })),
    endings,
    deadEnds,
    unreachableKnots: unreachable,
    minOverall: range?.min ?? null,
    maxOverall: range?.max ?? null,
    paths,
    ...(audit ? { audit: audit.audit } : {}),
    durationMs: now() - started,
  };
}

/** The EXTERNAL functions the source declares. */
function declaredExternals(files: readonly SourceFile[]): string[] {
  const names = new Set<string>();
  for (const file of files)
    for (const match of file.text.matchAll(/^\s*EXTERNAL\s+([A-Za-z_][\w]*)/gm))
      if (match[1]) names.add(match[1]);
  return [...names];
}

/** Knot, stitch and function names written in the source, as "knot" and "knot.stitch". */
function declaredNames(files: readonly SourceFile[]): string[] {
  const names: string[] = [];
  for (const file of files) {
    let knot = '';
    for (const line of file.text.split(/\r?\n/)) {
      const k = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_]\w*)/.exec(line);
      if (k?.[1]) {
        knot = k[1];
        names.push(knot);
        continue;
      }
      const st = /^\s*=\s*([A-Za-z_]\w*)/.exec(line);
      if (st?.[1]) names.push(knot ? `${knot}.${st[1]}` : st[1], st[1]);
    }
  }
  return names;
}

/** Adds "did you mean" to the compiler's "target not found" messages, from the names the story declares. */
function suggestTarget(message: string, files: readonly SourceFile[]): string {
  const match = /(?:target not found|Unresolved variable|not found): '(?:-> ?)?([\w.]+)'/i.exec(message);
  if (!match?.[1]) return message;
  const guess = suggestName(match[1], declaredNames(files));
  return guess ? `${message}; did you mean '${guess}'?` : message;
}

/** The functions the source declares ("=== function name"): not knots, for the coverage figures. */
function declaredFunctions(files: readonly SourceFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files)
    for (const match of file.text.matchAll(/^\s*={2,}\s*function\s+([A-Za-z_]\w*)/gm))
      if (match[1]) names.add(match[1]);
  return names;
}
