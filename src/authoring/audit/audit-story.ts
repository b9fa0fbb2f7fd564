// The teaching audit of DESIGN §3b for one scored story: every check over the explored state graph, the
// wording checks against the rest of the library, and `# accept: <check> <reason>` applied.
import { resolve } from 'node:path';
import type { ScoreContext } from '../../sim/index.ts';
import type { Diagnostic } from '../compile-ink.ts';
import type { Exploration } from '../explorer.ts';
import { locateChoice, locateKnot, type SourceFile, type SourceScan } from '../source-tags.ts';
import type { AuditBounds } from './audit-bounds.ts';
import type { AuditSubject } from './audit-subject.ts';
import {
  CHECK_IDS,
  isCheckId,
  type AuditCheck,
  type CheckId,
  type Location,
  type StoryAudit,
} from './audit-types.ts';
import { consequenceChecks } from './checks-consequence.ts';
import { peopleChecks } from './checks-people.ts';
import { shortcutChecks } from './checks-shortcuts.ts';
import { surfaceChecks } from './checks-surface.ts';
import { wordingChecks } from './checks-wording.ts';
import { firstWordClassifier, wordsClassifier } from './classifiers.ts';
import { exemplaryWalk } from './graph-walk.ts';
import { optionsOf, type Library } from './library.ts';

export interface AuditInput {
  file: string;
  exploration: Exploration;
  context: ScoreContext;
  bounds: AuditBounds;
  /** The scored stories of the story's folder (it may include this story; it is left out for training). */
  library: Library;
  scan: SourceScan;
  files: readonly SourceFile[];
}

export interface AuditResult {
  audit: StoryAudit;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  notes: string[];
}

interface Accept {
  check: string;
  reason: string;
  file: string;
  line: number;
}

const sameFile = (a: string, b: string) => resolve(a) === resolve(b);

function acceptTags(scan: SourceScan): Accept[] {
  return scan.tags.flatMap((tag) => {
    const match = /^\s*accept\s*:\s*(\S*)\s*(.*?)\s*$/i.exec(tag.tag);
    if (tag.place !== 'global' || !match) return [];
    return [{ check: match[1] ?? '', reason: match[2] ?? '', file: tag.file, line: tag.line }];
  });
}

/** The option's line; where several options share the text, the first one after its decision's knot. */
function locate(input: AuditInput, knot: string, text: string): Location {
  const knotAt = knot ? locateKnot(input.files, knot) : null;
  const wanted = text.trim();
  const same = input.scan.choices.filter((choice) => choice.text === wanted);
  const inKnot = knotAt
    ? same.find((choice) => choice.file === knotAt.file && choice.line > knotAt.line)
    : undefined;
  return inKnot ?? locateChoice(input.scan, text) ?? knotAt ?? { file: input.file, line: 0 };
}

function subjectOf(input: AuditInput): AuditSubject {
  const { exploration, context } = input;
  const own = { file: input.file, options: optionsOf(input.scan) };
  const others = input.library.stories.filter((story) => !sameFile(story.file, input.file));
  const training = others.flatMap((story) => story.options.filter((option) => option.move !== undefined));
  const walked = exemplaryWalk(exploration, context);
  const exemplary =
    walked.end === 'terminal' && walked.overall !== null ? { ...walked, overall: walked.overall } : null;
  return {
    file: input.file,
    exploration,
    context,
    bounds: input.bounds,
    library: { folder: input.library.folder, stories: [...others, own] },
    locate: (node, edge) => locate(input, node.knot, edge.text),
    exemplary,
    decisions: walked.steps.filter((step) => step.node.edges.length > 1),
    own,
    training,
    trainedOn: others.map((story) => story.file),
    classifiers: training.some((option) => option.exemplary)
      ? [wordsClassifier(training), firstWordClassifier(training)]
      : [],
  };
}

export function auditStory(input: AuditInput, now: () => number = () => performance.now()): AuditResult {
  const started = now();
  const subject = subjectOf(input);
  const checks: AuditCheck[] = [
    ...surfaceChecks(subject),
    ...wordingChecks(subject),
    ...shortcutChecks(subject),
    ...consequenceChecks(subject),
    ...peopleChecks(subject),
  ];
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const notes: string[] = [];
  const accepted = new Map<CheckId, string>();
  for (const tag of acceptTags(input.scan)) {
    const at = { file: tag.file, line: tag.line };
    if (!isCheckId(tag.check)) {
      errors.push({
        severity: 'error',
        ...at,
        message: `"# accept: ${tag.check}" names no audit check; use one of ${CHECK_IDS.join(', ')}`,
      });
    } else if (tag.reason !== '') {
      // A tag without a reason is the tag grammar's error; it accepts nothing.
      accepted.set(tag.check, tag.reason);
    }
  }
  for (const check of checks) {
    const reason = accepted.get(check.id);
    if (reason !== undefined) {
      if (check.status === 'fail' || check.status === 'warn') {
        check.status = 'accepted';
        check.accepted = reason;
        for (const f of check.findings)
          notes.push(`accepted audit finding (${check.id}: ${reason}): ${f.file}:${f.line}: ${f.message}`);
      } else {
        const tag = acceptTags(input.scan).find((t) => t.check === check.id);
        warnings.push({
          severity: 'warning',
          file: tag?.file ?? input.file,
          line: tag?.line ?? 0,
          message: `"# accept: ${check.id}" accepts a check that ${check.status === 'skipped' ? 'did not run' : 'passes'}; remove the tag`,
        });
      }
      continue;
    }
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    const list = check.severity === 'error' && check.status === 'fail' ? errors : warnings;
    for (const f of check.findings)
      list.push({
        severity: list === errors ? 'error' : 'warning',
        file: f.file,
        line: f.line,
        message: `audit ${check.id}: ${f.message}`,
      });
  }
  if (!input.exploration.complete)
    notes.push(
      input.exploration.stoppedBy === 'budget'
        ? 'the audit covers only the states explored within the budget: the canonical paths are played whole, but a strategy check may miss options never explored; raise --budget for an exhaustive audit'
        : 'the audit covers only the states explored before --max-states stopped the exploration',
    );
  const ex = subject.exemplary;
  return {
    audit: {
      exemplary: ex ? { overall: ex.overall, outcome: ex.outcome, decisions: ex.steps.length } : null,
      library: { folder: input.library.folder, trainedOn: subject.trainedOn },
      checks,
      durationMs: now() - started,
    },
    errors,
    warnings,
    notes,
  };
}
