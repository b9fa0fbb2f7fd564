// `attune validate`: the human report and the --json report.
import type { Rubric } from '../../sim/index.ts';
import { formatAudit, type AuditBounds } from '../audit/index.ts';
import { formatDiagnostic } from '../compile-ink.ts';
import { readStory, storiesIn, StoryFileError } from '../node-story-files.ts';
import type { ExploreProgress } from '../explorer.ts';
import { libraryFor } from './audit-library.ts';
import { validateStory, type StoryValidation } from '../validate-story.ts';

export interface ValidateArgs {
  files: string[];
  json: boolean;
  maxStates: number;
  rubric: Rubric;
  auditBounds: AuditBounds;
  budgetMs?: number;
  strictExternals?: boolean;
  root?: string;
  /** Makes a progress reporter for one story file. */
  progress?: (file: string) => (progress: ExploreProgress) => void;
}

function describe(result: StoryValidation): string {
  const lines = [
    `${result.ok ? '✓' : '✗'} ${result.file} — ${result.title || '(untitled)'}${result.scored ? '' : ' (unscored)'}`,
  ];
  for (const d of [...result.errors, ...result.warnings]) lines.push(`  ${formatDiagnostic(d)}`);
  for (const note of result.notes) lines.push(`  note: ${note}`);
  const endings =
    Object.entries(result.endings)
      .map(([o, n]) => `${o}×${n}`)
      .join(', ') || 'none';
  const { knotsReached, knotsTotal, unreachedKnots } = result.coverage;
  const missing = unreachedKnots.length > 0 ? unreachedKnots.join(', ') : 'none';
  const explored = result.states > 0 || result.coverage.knotsTotal > 0 || result.ok;
  if (explored)
    lines.push(
      `  ${result.mode} · states ${result.states} · knots reached ${knotsReached} of ${knotsTotal} · endings ${endings} · dead ends ${result.deadEnds} · ${result.complete ? `unreachable knots ${result.unreachableKnots.length ? result.unreachableKnots.join(', ') : 'none'}` : `not reached ${missing}`}`,
    );
  if (result.scored)
    lines.push(`  overall score range ${result.minOverall ?? '–'} to ${result.maxOverall ?? '–'}`);
  for (const path of result.paths) {
    lines.push(
      path.error
        ? `  path ${path.name}: ✗ ${path.error}`
        : `  path ${path.name}: ${path.outcome} · overall ${path.overall} · ${path.decisions} decisions`,
    );
  }
  if (result.audit) lines.push(...formatAudit(result.audit));
  lines.push(`  ${result.durationMs.toFixed(0)} ms`);
  return lines.join('\n');
}

export function validateCommand(args: ValidateArgs, out: (text: string) => void): number {
  const files = args.files.length > 0 ? args.files : storiesIn('stories');
  if (files.length === 0) {
    out('attune: no stories found; pass .ink files or run from a folder with stories/*.ink\n');
    return 1;
  }
  const library = libraryFor(files, args.root !== undefined ? { root: args.root } : {});
  const results = files.map((file): StoryValidation => {
    let story;
    try {
      story = readStory(file, args.root !== undefined ? { root: args.root } : {});
    } catch (error) {
      if (!(error instanceof StoryFileError)) throw error;
      return unreadable(file, error.message);
    }
    return validateStory({
      ...story,
      rubric: args.rubric,
      maxStates: args.maxStates,
      audit: { bounds: args.auditBounds, library: library(file) },
      ...(args.budgetMs !== undefined ? { budgetMs: args.budgetMs } : {}),
      ...(args.strictExternals ? { strictExternals: true } : {}),
      ...(args.progress ? { onProgress: args.progress(file) } : {}),
    });
  });
  if (args.json) out(`${JSON.stringify(results, null, 2)}\n`);
  else {
    out(`${results.map(describe).join('\n\n')}\n`);
    const failed = results.filter((r) => !r.ok).length;
    out(`\n${results.length - failed} of ${results.length} stories valid\n`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

/** The report of a story whose file could not be read. */
function unreadable(file: string, message: string): StoryValidation {
  return {
    file,
    title: '',
    scored: false,
    ok: false,
    errors: [{ severity: 'error', file, line: 0, message }],
    warnings: [],
    notes: [],
    states: 0,
    complete: false,
    mode: 'sampled',
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
}
