// What the teaching audit reports: one row per check, with its figure, its bound and what to change.

export const AUDIT_CHECKS = {
  longest: 'exemplary is the longest option',
  shortest: 'exemplary is the shortest option',
  position: 'exemplary at one position',
  'label-length': 'labels of one decision similar in length',
  'wording-words': 'word classifier finds the exemplary',
  'wording-first-word': 'first-word classifier finds the exemplary',
  'first-word': 'a common first word gives the answer away',
  'shortcut-first': 'shortcut: always the first option',
  'shortcut-last': 'shortcut: always the last option',
  'shortcut-longest': 'shortcut: always the longest option',
  'shortcut-shortest': 'shortcut: always the shortest option',
  'shortcut-words': 'shortcut: follow the word classifier',
  'shortcut-first-word': 'shortcut: follow the first-word classifier',
  'shortcut-passive': 'shortcut: only passive moves',
  'shortcut-no-discovery': 'shortcut: never discovering',
  'one-deviation': 'leaving the exemplary once costs',
  'many-deviations': 'leaving the exemplary often costs more',
  copies: 'no option copies another',
  'failure-harmless': 'failure paths make harmless choices too',
  'failure-score': 'failure paths end low',
  'move-rule': 'no move is always right or always wrong',
} as const;

export type CheckId = keyof typeof AUDIT_CHECKS;

export const CHECK_IDS = Object.keys(AUDIT_CHECKS) as CheckId[];

export function isCheckId(id: string): id is CheckId {
  return id in AUDIT_CHECKS;
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'accepted' | 'skipped';

export interface AuditFinding {
  file: string;
  line: number;
  message: string;
}

export interface AuditCheck {
  id: CheckId;
  title: string;
  /** The measured figure, as the table shows it ("6 of 10 (60%)"). */
  figure: string;
  /** The bound it is held to ("≤ 40%"). */
  bound: string;
  status: CheckStatus;
  /** A failed check is an error, or a warning for checks the audit only advises on. */
  severity: 'error' | 'warning';
  findings: AuditFinding[];
  /** Why the check was skipped, or what the figure covers. */
  note?: string;
  /** The reason an author gave in `# accept: <check> <reason>`. */
  accepted?: string;
}

export interface StoryAudit {
  exemplary: { overall: number; outcome: string | null; decisions: number } | null;
  /** Where the wording checks learned from: the other scored stories of the folder. */
  library: { folder: string; trainedOn: string[] };
  checks: AuditCheck[];
  durationMs: number;
}

export interface Location {
  file: string;
  line: number;
}

/** "a.ink:12, 30, b.ink:4": lines of one file after its name, in the order given. */
export function formatLocations(locations: readonly Location[], most = 8): string {
  const parts: string[] = [];
  let file = '';
  const shown = locations.slice(0, most);
  for (const at of shown) {
    parts.push(at.file === file ? String(at.line) : `${at.file}:${at.line}`);
    file = at.file;
  }
  if (locations.length > most) parts.push(`… (${locations.length - most} more)`);
  return parts.join(', ');
}

export const percentText = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
