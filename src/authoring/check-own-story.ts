// Checks a story someone dropped into the browser before it is played: size and type limits, compile
// errors with file and line, and a bounded exploration that catches runaway loops, floods of output and
// absurd numbers of choices. Pure: it runs in the compile Worker and in Node tests alike.
import { createScoreContext, type Rubric } from '../sim/index.ts';
import { isScoredStory, readableFileName, StoryLoadError, StoryRunner } from '../story/index.ts';
import { compileInk, type Diagnostic } from './compile-ink.ts';
import { explore } from './explorer.ts';

export const OWN_STORY_LIMITS = {
  maxFiles: 200,
  maxTotalBytes: 2 * 1024 * 1024,
  maxStates: 20_000,
  /** The whole check; past it the check is sampled, as in `attune validate`. */
  budgetMs: 3000,
  maxLinesPerSegment: 2_000,
  maxChoicesAtOnePoint: 200,
  /** A line that takes longer is a loop without output: the same per-step bound the player keeps. */
  maxMsPerLine: 3000,
} as const;

export interface OwnStoryInput {
  /** File name (relative path within a dropped folder) → text. */
  files: Record<string, string>;
  /** Which file is the story; defaults to the only top-level .ink file that no other file INCLUDEs. */
  main?: string;
  rubric: Rubric;
}

export interface OwnStoryCoverage {
  mode: 'exhaustive' | 'sampled';
  states: number;
  knotsReached: number;
  knotsTotal: number;
}

export type OwnStoryResult =
  | {
      ok: true;
      main: string;
      json: string;
      title: string;
      scored: boolean;
      warnings: Diagnostic[];
      /** Absent until the bounded check has run (a compiled story can start playing before). */
      coverage?: OwnStoryCoverage;
    }
  | { ok: false; main: string | null; problems: Diagnostic[] };

export type OwnStoryCompiled = Extract<OwnStoryResult, { ok: true }>;

const refuse = (main: string | null, file: string, message: string): OwnStoryResult => ({
  ok: false,
  main,
  problems: [{ severity: 'error', file, line: 0, message }],
});

function pickMain(files: Record<string, string>): string | null {
  const names = Object.keys(files).filter((n) => n.endsWith('.ink'));
  const included = new Set<string>();
  for (const text of Object.values(files)) {
    for (const match of text.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm))
      if (match[1]) included.add(match[1].split('/').pop() ?? '');
  }
  const roots = names.filter((n) => !included.has(n.split('/').pop() ?? ''));
  return roots.length === 1 ? (roots[0] ?? null) : names.length === 1 ? (names[0] ?? null) : null;
}

/** EXTERNAL declarations with their parameters, from every file of the story. */
function externalDeclarations(files: Record<string, string>): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of Object.values(files))
    for (const match of text.matchAll(/^\s*EXTERNAL\s+([A-Za-z_]\w*)\s*\(([^)]*)\)/gm))
      if (match[1]) found.set(match[1], match[2]?.trim() ?? '');
  return found;
}

/** Size limits and compiling: what can be played at once, before the bounded check. */
export function compileOwnStory(input: OwnStoryInput): OwnStoryResult {
  const names = Object.keys(input.files);
  if (names.length === 0) return refuse(null, '(none)', 'no file was given; pick or drop an .ink file');
  if (names.length > OWN_STORY_LIMITS.maxFiles) {
    return refuse(
      null,
      '(folder)',
      `the folder has ${names.length} files; Attune opens at most ${OWN_STORY_LIMITS.maxFiles}`,
    );
  }
  let total = 0;
  for (const [name, text] of Object.entries(input.files)) {
    total += text.length;
    if (text.includes('\u0000'))
      return refuse(null, name, 'this is a binary file, not an ink story; pick the .ink text file');
  }
  if (total > OWN_STORY_LIMITS.maxTotalBytes) {
    return refuse(
      null,
      names[0] ?? '',
      `the story is larger than ${OWN_STORY_LIMITS.maxTotalBytes / 1024 / 1024} MB; Attune opens stories up to that size`,
    );
  }
  const main = input.main ?? pickMain(input.files);
  if (!main || input.files[main] === undefined) {
    return refuse(
      null,
      '(folder)',
      'cannot tell which file is the story; drop a single .ink file, or a folder with one main .ink file that INCLUDEs the rest',
    );
  }
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const compile = (extra: string) =>
    compileInk({
      fileName: main,
      source: (input.files[main] ?? '') + extra,
      readFile: (name) => {
        const text = input.files[folder + name] ?? input.files[name];
        if (text === undefined) throw new Error(`missing ${name}`);
        return text;
      },
    });
  let compiled = compile('');
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (compiled.json === null || errors.length > 0) return { ok: false, main, problems: errors };
  const warnings = compiled.diagnostics.filter((d) => d.severity !== 'error');
  let runner: StoryRunner;
  try {
    runner = new StoryRunner(compiled.json, { stubMissingExternals: true });
  } catch (error) {
    if (error instanceof StoryLoadError) return refuse(main, main, error.message);
    throw error;
  }
  if (runner.stubbedExternals.length > 0) {
    // The browser cannot know the game's functions: each EXTERNAL without an ink fallback gets one that
    // returns 0, as `attune validate` and `attune play` do.
    const declared = externalDeclarations(input.files);
    const missing = [...runner.stubbedExternals];
    const stubs = missing
      .map((name) => {
        // Fresh parameter names: the declared ones may clash with the story's own variables.
        const arity = (declared.get(name) ?? '').split(',').filter((p) => p.trim() !== '').length;
        const params = Array.from({ length: arity }, (_, i) => `attune_stub_${i + 1}`).join(', ');
        return `\n=== function ${name}(${params}) ===\n~ return 0\n`;
      })
      .join('');
    compiled = compile(`\n${stubs}`);
    if (compiled.json === null) return { ok: false, main, problems: compiled.diagnostics };
    runner = new StoryRunner(compiled.json);
    warnings.push({
      severity: 'warning',
      file: main,
      line: 0,
      message: `EXTERNAL ${missing.join(', ')} has no ink fallback: here it returns 0, so branches on its result may differ from the game`,
    });
  }
  const card = runner.card;
  return {
    ok: true,
    main,
    json: compiled.json,
    title: card.title || readableFileName(main),
    scored: isScoredStory(compiled.json),
    warnings,
  };
}

/** The bounded check of a compiled story: the explorer within a budget, loops stopped per step. */
export function checkCompiledStory(compiled: OwnStoryCompiled, rubric: Rubric): OwnStoryResult {
  const { main, json } = compiled;
  const card = new StoryRunner(json).card;
  const persona = card.persona && card.persona in rubric.personas ? card.persona : undefined;
  const exploration = explore({
    json,
    context: createScoreContext(
      rubric,
      persona,
      card.musts.map((m) => m.id),
    ),
    scored: compiled.scored,
    maxStates: OWN_STORY_LIMITS.maxStates,
    budgetMs: OWN_STORY_LIMITS.budgetMs,
    maxLinesPerSegment: OWN_STORY_LIMITS.maxLinesPerSegment,
    maxChoicesAtOnePoint: OWN_STORY_LIMITS.maxChoicesAtOnePoint,
    limits: { maxMsPerLine: OWN_STORY_LIMITS.maxMsPerLine },
  });
  const asDiagnostic = (severity: 'error' | 'warning') => (p: { message: string; afterChoice?: string }) => ({
    severity,
    file: main,
    line: 0,
    message: p.afterChoice ? `${p.message} (after the choice "${p.afterChoice}")` : p.message,
  });
  // Nothing can be played when the very start runs away, and a crowded decision cannot be shown: refused.
  // A loop or an ink error further on is a warning: the player stops it at that step and offers
  // "go back one choice".
  const atStart = exploration.root === '';
  const refused = exploration.problems
    .filter((p) => p.kind === 'crowded' || (atStart && p.kind === 'runaway'))
    .map(asDiagnostic('error'));
  if (refused.length > 0) return { ok: false, main, problems: refused };
  return {
    ...compiled,
    warnings: [
      ...compiled.warnings,
      ...exploration.problems.filter((p) => p.kind !== 'crowded').map(asDiagnostic('warning')),
    ],
    coverage: {
      mode: exploration.mode,
      states: exploration.nodes.size,
      knotsReached: exploration.coverage.knotsReached,
      knotsTotal: exploration.coverage.knotsTotal,
    },
  };
}

export function checkOwnStory(input: OwnStoryInput): OwnStoryResult {
  const compiled = compileOwnStory(input);
  return compiled.ok ? checkCompiledStory(compiled, input.rubric) : compiled;
}
