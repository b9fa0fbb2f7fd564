// Surface cues: on the exemplary path, is the right option given away by its length or its position?
import { formatLocations, percentText, type AuditCheck, type AuditFinding } from './audit-types.ts';
import { finding, label, makeCheck, skipped, type AuditSubject } from './audit-subject.ts';
import type { Step } from './graph-walk.ts';

const lengths = (step: Step) => step.node.edges.map((edge) => edge.text.length);

function lengthCheck(subject: AuditSubject, which: 'longest' | 'shortest'): AuditCheck {
  const { decisions, bounds } = subject;
  if (decisions.length === 0) return skipped(which, 'no exemplary path with a real choice');
  const hits = decisions.filter((step) => {
    const all = lengths(step);
    const max = Math.max(...all);
    const min = Math.min(...all);
    const own = step.edge.text.length;
    return max > min && own === (which === 'longest' ? max : min);
  });
  const bound = which === 'longest' ? bounds.surface.longestMaxPercent : bounds.surface.shortestMaxPercent;
  const share = (hits.length / decisions.length) * 100;
  const fail = share > bound;
  const at = hits.map((step) => subject.locate(step.node, step.edge));
  const fix =
    which === 'longest'
      ? 'shorten it at {at}, or lengthen a distractor there'
      : 'lengthen it at {at}, or shorten a distractor there';
  return makeCheck(which, {
    figure: `${hits.length} of ${decisions.length} (${percentText(hits.length, decisions.length)})`,
    bound: `≤ ${bound}%`,
    status: fail ? 'fail' : 'pass',
    findings: fail
      ? [
          finding(
            at[0] ?? { file: subject.file, line: 0 },
            `the exemplary option is the ${which} in ${hits.length} of ${decisions.length} decisions (bound ${bound}%): ${fix.replace('{at}', formatLocations(at))}`,
          ),
        ]
      : [],
  });
}

function positionCheck(subject: AuditSubject): AuditCheck {
  const { decisions, bounds } = subject;
  if (decisions.length === 0) return skipped('position', 'no exemplary path with a real choice');
  const byPosition = new Map<number, Step[]>();
  for (const step of decisions)
    byPosition.set(step.position, [...(byPosition.get(step.position) ?? []), step]);
  let position = 0;
  let steps: Step[] = [];
  for (const [p, list] of byPosition)
    if (list.length > steps.length || (list.length === steps.length && p < position)) {
      position = p;
      steps = list;
    }
  const bound = bounds.surface.positionMaxPercent;
  const fail = (steps.length / decisions.length) * 100 > bound;
  const at = steps.map((step) => subject.locate(step.node, step.edge));
  return makeCheck('position', {
    figure: `option ${position + 1} in ${steps.length} of ${decisions.length} (${percentText(steps.length, decisions.length)})`,
    bound: `≤ ${bound}%`,
    status: fail ? 'fail' : 'pass',
    findings: fail
      ? [
          finding(
            at[0] ?? { file: subject.file, line: 0 },
            `the exemplary option is option ${position + 1} in ${steps.length} of ${decisions.length} decisions (bound ${bound}%): move it to another place at some of ${formatLocations(at)}`,
          ),
        ]
      : [],
  });
}

/** Every distinct decision of the graph (warning only): the longest label at most ratio × the shortest. */
function labelLengthCheck(subject: AuditSubject): AuditCheck {
  const ratio = subject.bounds.surface.labelLengthRatioMax;
  const seen = new Set<string>();
  const findings: AuditFinding[] = [];
  let decisions = 0;
  for (const node of subject.exploration.nodes.values()) {
    if (node.edges.length < 2) continue;
    const id = node.edges.map((edge) => edge.text).join('\n');
    if (seen.has(id)) continue;
    seen.add(id);
    decisions++;
    const sorted = [...node.edges].sort((a, b) => a.text.length - b.text.length);
    const short = sorted[0];
    const long = sorted[sorted.length - 1];
    if (!short || !long || long.text.length <= ratio * Math.max(1, short.text.length)) continue;
    findings.push(
      finding(
        subject.locate(node, long),
        `${label(long.text)} (${long.text.length} characters) is more than ${ratio}× ${label(short.text)} (${short.text.length}) at the same decision: bring the labels closer in length`,
      ),
    );
  }
  return makeCheck('label-length', {
    figure: `${findings.length} of ${decisions} decisions`,
    bound: `longest ≤ ${ratio}× shortest`,
    status: findings.length > 0 ? 'warn' : 'pass',
    severity: 'warning',
    findings,
  });
}

export function surfaceChecks(subject: AuditSubject): AuditCheck[] {
  return [
    lengthCheck(subject, 'longest'),
    lengthCheck(subject, 'shortest'),
    positionCheck(subject),
    labelLengthCheck(subject),
  ];
}
