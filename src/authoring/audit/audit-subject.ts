// Everything the checks read about one story, computed once: the graph, the exemplary walk, the library.
import type { ScoreContext } from '../../sim/index.ts';
import type { DecisionNode, Edge, Exploration } from '../explorer.ts';
import type { AuditBounds } from './audit-bounds.ts';
import {
  AUDIT_CHECKS,
  type AuditCheck,
  type AuditFinding,
  type CheckId,
  type Location,
} from './audit-types.ts';
import type { Classifier } from './classifiers.ts';
import type { Step, Walk } from './graph-walk.ts';
import type { Library, LibraryOption, LibraryStory } from './library.ts';

export interface AuditSubject {
  file: string;
  exploration: Exploration;
  context: ScoreContext;
  bounds: AuditBounds;
  library: Library;
  /** Where an option is written (file:line), for findings. */
  locate: (node: DecisionNode, edge: Edge) => Location;
  /** The exemplary path played through the graph; null when it does not reach an ending. */
  exemplary: (Walk & { overall: number }) | null;
  /** The decisions on the exemplary path that offer a real choice (two options or more). */
  decisions: Step[];
  /** This story's options as the library holds them. */
  own: LibraryStory | undefined;
  /** The other scored stories' options: what the classifiers learn from. */
  training: LibraryOption[];
  trainedOn: string[];
  /** Trained on `training`; empty when the other stories mark no exemplary option to learn from. */
  classifiers: Classifier[];
}

export function makeCheck(
  id: CheckId,
  parts: Omit<AuditCheck, 'id' | 'title' | 'severity' | 'findings'> &
    Partial<Pick<AuditCheck, 'severity' | 'findings'>>,
): AuditCheck {
  return { id, title: AUDIT_CHECKS[id], severity: 'error', findings: [], ...parts };
}

export function skipped(id: CheckId, note: string): AuditCheck {
  return makeCheck(id, { figure: '–', bound: '–', status: 'skipped', note });
}

export function finding(at: Location, message: string): AuditFinding {
  return { file: at.file, line: at.line, message };
}

export const label = (text: string, most = 60) =>
  `"${text.length > most ? `${text.slice(0, most - 1)}…` : text}"`;
