// History as CSV, for spreadsheets: one row per finished run, written and read by Papa Parse. Reading is
// streamed in chunks with a pause for the page after each one, so a file of any size is read without
// freezing the page; rows that cannot be read are counted and named, never fail the whole file.
import Papa from 'papaparse';
import type { HistoryEntry } from './save-schema.ts';
import { timeSlices } from './time-slices.ts';

export const CSV_COLUMNS = [
  'id',
  'story',
  'title',
  'finished',
  'outcome',
  'scored',
  'overall',
  'alignment',
  'attunement',
  'courage',
  'outcome_score',
  'path',
] as const;

/**
 * A cell a spreadsheet would run as a formula: OWASP's CSV-injection list (=, +, -, @, tab, carriage
 * return, line feed) and their full-width forms (＝ ＋ － ＠), after any quotes already added. Such a cell
 * is written with a leading ' and quoted, and the ' is taken off again on import.
 */
export const FORMULA_START = /^'*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEUTRALISED = /^'+[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const data = entries.map((e) => [
    e.id,
    e.storyId,
    e.title,
    new Date(e.finishedAt).toISOString(),
    e.outcome ?? '',
    String(e.scored),
    String(e.scores.overall),
    String(e.scores.alignment),
    String(e.scores.attunement),
    String(e.scores.courage),
    String(e.scores.outcome),
    JSON.stringify(e.path),
  ]);
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
  return `${csv}\r\n`;
}

const unneutralise = (value: string) => (NEUTRALISED.test(value) ? value.slice(1) : value);

function parsePath(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return null;
  }
}

function candidate(cells: readonly string[]): unknown {
  const [
    id,
    story,
    title,
    finished,
    outcome,
    scored,
    overall,
    alignment,
    attunement,
    courage,
    outcomeScore,
    path,
  ] = cells.map(unneutralise);
  return {
    id,
    storyId: story,
    title,
    finishedAt: Date.parse(finished ?? ''),
    outcome: outcome === '' ? null : outcome,
    scored: scored === 'true',
    scores: {
      overall: Number(overall),
      alignment: Number(alignment),
      attunement: Number(attunement),
      courage: Number(courage),
      outcome: Number(outcomeScore),
    },
    path: parsePath(path ?? ''),
  };
}

/** Counts problems and keeps the first few sentences naming them. */
export class ProblemList {
  private readonly kept: string[] = [];
  count = 0;
  constructor(private readonly keep = 5) {}
  add(problem: string): void {
    this.count++;
    if (this.kept.length < this.keep) this.kept.push(problem);
  }
  /** The kept sentences, and how many more there were. */
  sentences(): string[] {
    const more = this.count - this.kept.length;
    return more > 0 ? [...this.kept, `and ${more} more like ${more === 1 ? 'it' : 'them'}`] : [...this.kept];
  }
}

export type CsvRead =
  { ok: true; candidates: unknown[]; rows: number; problems: ProblemList } | { ok: false; reason: string };

export interface CsvReadOptions {
  /** Gives the page a turn (a macrotask, so input and painting run) whenever a slice of work is done. */
  yieldToPage: () => Promise<void>;
  /** Bytes (or characters) per chunk: small, because Papa's work per chunk grows faster than its size. */
  chunkSize?: number;
  /** Milliseconds of work between two turns of the page. */
  sliceMs?: number;
  /**
   * Takes each row as it is read (checks it and keeps what it wants), so no list of the whole file is
   * built; returns a reason when the row is not usable. Without it, rows are returned in `candidates`.
   */
  take?: (candidate: unknown) => string | null;
}

/**
 * Candidate history entries from a CSV export, parsed chunk by chunk in time slices. A file is read as
 * text first (the browser decodes it off the page's thread; it is at most LIMITS.maxBytes). Never rejects.
 */
export async function readCsvHistory(input: string | File, o: CsvReadOptions): Promise<CsvRead> {
  let text: string;
  try {
    text = typeof input === 'string' ? input : await input.text();
  } catch (error) {
    return {
      ok: false,
      reason: `it could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  return parseCsvHistory(text, o);
}

function parseCsvHistory(input: string, o: CsvReadOptions): Promise<CsvRead> {
  return new Promise((resolve) => {
    const candidates: unknown[] = [];
    const problems = new ProblemList();
    let row = 0;
    let done = false;
    const slices = timeSlices(o.yieldToPage, o.sliceMs);
    const finish = (result: CsvRead) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    const config = {
      chunkSize: o.chunkSize ?? 8 * 1024,
      delimiter: ',',
      skipEmptyLines: 'greedy' as const,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const cells of results.data) {
          row++;
          if (row === 1) {
            if (CSV_COLUMNS.some((column, i) => cells[i] !== column) || cells.length !== CSV_COLUMNS.length) {
              // Papa calls `complete` from inside abort(): settle first.
              finish({ ok: false, reason: `its first row must be the header ${CSV_COLUMNS.join(',')}` });
              parser.abort();
              return;
            }
            continue;
          }
          if (cells.length !== CSV_COLUMNS.length) {
            problems.add(`row ${row} has ${cells.length} cells, not ${CSV_COLUMNS.length}`);
            continue;
          }
          const entry = candidate(cells);
          if (!o.take) {
            candidates.push(entry);
            continue;
          }
          const reason = o.take(entry);
          if (reason) problems.add(`row ${row}: ${reason}`);
        }
        if (slices.due()) {
          parser.pause();
          void slices.pause().then(() => parser.resume());
        }
      },
      complete() {
        if (row === 0)
          finish({
            ok: false,
            reason: `it is empty; its first row must be the header ${CSV_COLUMNS.join(',')}`,
          });
        else finish({ ok: true, candidates, rows: row - 1, problems });
      },
      error(error: Error) {
        finish({ ok: false, reason: `it could not be read (${error.message})` });
      },
    };
    Papa.parse<string[]>(input, config);
  });
}
