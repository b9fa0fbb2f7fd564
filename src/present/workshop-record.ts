// The workshop record the facilitator keeps: JSON (everything, including the session log) and CSV (one row
// per option per decision, for a spreadsheet). Both carry the room, the date, the head count, each decision's
// votes and effects, and the facilitator's notes. Pure functions over the broadcast state.
import type { WorkshopState } from './workshop-types.ts';
import { percentages } from './votes.ts';

export interface WorkshopRecord {
  format: 'attune-workshop-record';
  version: 2;
  exportedAt: string;
  room: string;
  /** The workshop's date (local calendar day of the export, YYYY-MM-DD). */
  date: string;
  /** People in the room, as the facilitator entered it; null when not entered. */
  headCount: number | null;
  notes: string;
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
    version: 2,
    exportedAt: now.toISOString(),
    room: state.room,
    date: localDate(now),
    headCount: state.headCount,
    notes: state.notes,
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

/** The calendar day of `now` where the workshop ran (the browser's time zone). */
function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const CSV_HEADER = [
  'room',
  'date',
  'head_count',
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
  'alignment',
  'attunement',
] as const;

/**
 * One line per option per decision, CRLF line ends, header first; the facilitator's notes follow as a last
 * row with `notes` in the decision column.
 */
export function workshopCsv(state: WorkshopState, now: Date): string {
  const lines = [CSV_HEADER.join(',')];
  const where = [state.room, localDate(now), state.headCount];
  for (const row of state.roomPath) {
    const shares = percentages(row.votes);
    row.options.forEach((option, i) => {
      const effect = row.effects[i] ?? null;
      lines.push(
        [
          ...where,
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
          effect?.alignment ?? null,
          effect?.attunement ?? null,
        ]
          .map(csvField)
          .join(','),
      );
    });
  }
  if (state.notes.trim() !== '') {
    lines.push([...where, 'notes', null, null, state.notes].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name such as `attune-workshop-hot-referral-2026-11-27-0412`. */
export function recordFileName(state: WorkshopState, now: Date, ext: 'json' | 'csv'): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `attune-workshop-${state.storyId}-${stamp}.${ext}`;
}
