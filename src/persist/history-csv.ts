// History as CSV, for spreadsheets: one row per finished run. Parsing accepts what exportCsv writes
// (RFC 4180 quoting) and reports rows it cannot read instead of failing the whole file.
import type { HistoryEntry } from './save-schema.ts';

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

function quote(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix ' so it stays text.
  const safe = /^'*[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((e) =>
    [
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
    ]
      .map(quote)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

const unquote = (value: string) => (/^'+[=+\-@]/.test(value) ? value.slice(1) : value);

function parsePath(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return null;
  }
}

/** Candidate history entries from CSV text; each still goes through the schema before it is kept. */
export function csvToHistory(text: string): { entries: unknown[]; problems: string[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header || CSV_COLUMNS.some((column, i) => header[i] !== column)) {
    return { entries: [], problems: [`the first row must be the header ${CSV_COLUMNS.join(',')}`] };
  }
  const entries: unknown[] = [];
  const problems: string[] = [];
  rows.forEach((cells, i) => {
    if (cells.length !== CSV_COLUMNS.length) {
      problems.push(`row ${i + 2} has ${cells.length} cells, not ${CSV_COLUMNS.length}`);
      return;
    }
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
    ] = cells.map(unquote);
    entries.push({
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
    });
  });
  return { entries, problems };
}
