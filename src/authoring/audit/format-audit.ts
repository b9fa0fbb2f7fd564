// The audit table `attune validate` prints under each scored story.
import type { StoryAudit } from './audit-types.ts';

/** Library-wide checks: their note says what the whole library does, which one story cannot see. */
const LIBRARY_WIDE = new Set<string>(['first-word', 'move-rule']);

const MARK = { pass: 'pass', fail: 'FAIL', warn: 'warn', accepted: 'accepted', skipped: 'skipped' };

export function formatAudit(audit: StoryAudit): string[] {
  const ex = audit.exemplary;
  const trained = audit.library.trainedOn;
  const lines = [
    `  teaching audit — exemplary ${ex ? `${ex.overall} ${ex.outcome ?? 'no outcome'}, ${ex.decisions} decisions` : 'does not reach an ending'}; wording trained on ${trained.length} other scored stor${trained.length === 1 ? 'y' : 'ies'} in ${audit.library.folder}${trained.length ? ` (${trained.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')})` : ''}`,
  ];
  const rows = audit.checks.map((check) => {
    const shown = check.status === 'skipped' || (LIBRARY_WIDE.has(check.id) && check.status !== 'pass');
    const extra = check.accepted ?? (shown ? check.note : undefined);
    return [check.id, check.figure, check.bound, `${MARK[check.status]}${extra ? ` (${extra})` : ''}`];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length), 5));
  const pad = (row: string[]) =>
    `    ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ')}`.trimEnd();
  lines.push(pad(['check', 'figure', 'bound', 'result']));
  for (const row of rows) lines.push(pad(row));
  lines.push(`    audit ${audit.durationMs.toFixed(0)} ms`);
  return lines;
}
