// `attune validate`: the human report and the --json report.
import type { Rubric } from '../../sim/index.ts';
import { formatAudit, type AuditBounds } from '../audit/index.ts';
import { formatDiagnostic } from '../compile-ink.ts';
import { readStory, storiesIn } from '../node-story-files.ts';
import { libraryFor } from './audit-library.ts';
import { validateStory, type StoryValidation } from '../validate-story.ts';

export interface ValidateArgs {
  files: string[];
  json: boolean;
  maxStates: number;
  rubric: Rubric;
  auditBounds: AuditBounds;
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
  lines.push(
    `  states ${result.states}${result.complete ? '' : ' (incomplete)'} · endings ${endings} · dead ends ${result.deadEnds} · unreachable knots ${result.unreachableKnots.length ? result.unreachableKnots.join(', ') : 'none'}`,
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
  const library = libraryFor(files);
  const results = files.map((file) =>
    validateStory({
      ...readStory(file),
      rubric: args.rubric,
      maxStates: args.maxStates,
      audit: { bounds: args.auditBounds, library: library(file) },
    }),
  );
  if (args.json) out(`${JSON.stringify(results, null, 2)}\n`);
  else {
    out(`${results.map(describe).join('\n\n')}\n`);
    const failed = results.filter((r) => !r.ok).length;
    out(`\n${results.length - failed} of ${results.length} stories valid\n`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
