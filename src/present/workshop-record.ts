// The workshop record the facilitator keeps: JSON (everything, including the session log) and CSV (one row
// per option per decision, for a spreadsheet). Pure functions over the broadcast state.
import type { WorkshopState } from './workshop-types.ts';
import { percentages } from './votes.ts';

export interface WorkshopRecord {
  format: 'attune-workshop-record';
  version: 1;
  exportedAt: string;
  story: { id: string; title: string };
  failurePath: string | null;
  played: WorkshopState['report'];
  paths: WorkshopState['paths'];
  decisions: WorkshopState['roomPath'];
  log: WorkshopState['log'];
}

export function workshopRecord(state: WorkshopState, now: Date): WorkshopRecord {
  return {
    format: 'attune-workshop-record',
    version: 1,
    exportedAt: now.toISOString(),
    story: { id: state.storyId, title: state.card.title },
    failurePath: state.failurePath,
    played: state.report,
    paths: state.paths,
    decisions: state.roomPath,
    log: state.log,
  };
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  'decision',
  'phase',
  'option',
  'text',
  'move',
  'votes',
  'percent',
  'majority',
  'played',
  'exemplary',
  'failure',
] as const;

/** One line per option per decision, CRLF line ends, header first. */
export function workshopCsv(state: WorkshopState): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of state.roomPath) {
    const shares = percentages(row.votes);
    row.options.forEach((option, i) => {
      lines.push(
        [
          row.decision,
          row.phase,
          option.letter,
          option.text,
          option.move,
          row.votes[i] ?? 0,
          shares[i] ?? 0,
          row.majority.includes(i),
          row.played === i,
          row.exemplary === i,
          row.failure === i,
        ]
          .map(csvField)
          .join(','),
      );
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name such as `attune-workshop-hot-referral-2026-11-27-0412`. */
export function recordFileName(state: WorkshopState, now: Date, ext: 'json' | 'csv'): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `attune-workshop-${state.storyId}-${stamp}.${ext}`;
}
