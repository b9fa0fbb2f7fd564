// Checks a story someone dropped into the browser before it is played: size and type limits, compile
// errors with file and line, and a bounded exploration that catches runaway loops, floods of output and
// absurd numbers of choices. Pure: it runs in the compile Worker and in Node tests alike.
import { createScoreContext, type Rubric } from '../sim/index.ts';
import { isScoredStory, StoryLoadError, StoryRunner } from '../story/index.ts';
import { compileInk, type Diagnostic } from './compile-ink.ts';
import { explore } from './explorer.ts';

export const OWN_STORY_LIMITS = {
  maxFiles: 200,
  maxTotalBytes: 2 * 1024 * 1024,
  maxStates: 5_000,
  maxLinesPerSegment: 2_000,
  maxChoicesAtOnePoint: 200,
} as const;

export interface OwnStoryInput {
  /** File name (relative path within a dropped folder) → text. */
  files: Record<string, string>;
  /** Which file is the story; defaults to the only top-level .ink file that no other file INCLUDEs. */
  main?: string;
  rubric: Rubric;
}

export type OwnStoryResult =
  | { ok: true; main: string; json: string; title: string; scored: boolean; warnings: Diagnostic[] }
  | { ok: false; main: string | null; problems: Diagnostic[] };

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

export function checkOwnStory(input: OwnStoryInput): OwnStoryResult {
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
  const compiled = compileInk({
    fileName: main,
    source: input.files[main] ?? '',
    readFile: (name) => {
      const text = input.files[folder + name] ?? input.files[name];
      if (text === undefined) throw new Error(`missing ${name}`);
      return text;
    },
  });
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (compiled.json === null || errors.length > 0) return { ok: false, main, problems: errors };
  const json = compiled.json;
  let title = main;
  let persona: string | undefined;
  let musts: string[] = [];
  try {
    const card = new StoryRunner(json).card;
    title = card.title || main;
    persona = card.persona && card.persona in input.rubric.personas ? card.persona : undefined;
    musts = card.musts.map((m) => m.id);
  } catch (error) {
    if (error instanceof StoryLoadError) return refuse(main, main, error.message);
    throw error;
  }
  const scored = isScoredStory(json);
  const exploration = explore({
    json,
    context: createScoreContext(input.rubric, persona, musts),
    scored,
    maxStates: OWN_STORY_LIMITS.maxStates,
    maxLinesPerSegment: OWN_STORY_LIMITS.maxLinesPerSegment,
    maxChoicesAtOnePoint: OWN_STORY_LIMITS.maxChoicesAtOnePoint,
  });
  // Runaway output and crowded decisions would freeze or swamp the player: refused. An ink error on some
  // path is a warning: the story opens, and the player offers "go back one choice" if it is reached.
  const asDiagnostic = (severity: 'error' | 'warning') => (p: { message: string }) => ({
    severity,
    file: main,
    line: 0,
    message: p.message,
  });
  const refused = exploration.problems.filter((p) => p.kind !== 'runtime').map(asDiagnostic('error'));
  if (refused.length > 0) return { ok: false, main, problems: refused };
  const runtime = exploration.problems.filter((p) => p.kind === 'runtime').map(asDiagnostic('warning'));
  return {
    ok: true,
    main,
    json,
    title,
    scored,
    warnings: [...compiled.diagnostics.filter((d) => d.severity !== 'error'), ...runtime],
  };
}
