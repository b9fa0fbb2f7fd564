// Consequence: leaving the exemplary must cost something the trainee can feel, and no option may be a
// mere copy of another. Computed from best continuations over the graph, never by listing paths.
import { BestPaths, edgeL, outcomeRank } from './best-paths.ts';
import { formatLocations, type AuditCheck, type AuditFinding } from './audit-types.ts';
import { finding, label, makeCheck, skipped, type AuditSubject } from './audit-subject.ts';

function oneDeviation(subject: AuditSubject, paths: BestPaths): AuditCheck {
  const ex = subject.exemplary;
  if (!ex) return skipped('one-deviation', 'the exemplary path does not reach an ending');
  const { context } = subject;
  const costMin = subject.bounds.consequence.oneDeviationCostMin;
  const rank = outcomeRank(context, ex.outcome);
  const findings: AuditFinding[] = [];
  let options = 0;
  let n = 0;
  let L = 0;
  for (const step of ex.steps) {
    for (const edge of step.node.edges) {
      if (edge === step.edge) continue;
      options++;
      const kept = paths.best(
        edge.to,
        { n: n + 1, L: L + edgeL(context, edge) },
        (suffix) => outcomeRank(context, suffix.outcome) >= rank,
      );
      if (!kept || ex.overall - kept.overall >= costMin) continue;
      findings.push(
        finding(
          subject.locate(step.node, edge),
          `choosing ${label(edge.text)} instead of ${label(step.edge.text)} and then playing well still scores ${kept.overall} with ${kept.outcome} (exemplary ${ex.overall} with ${ex.outcome}; bound: costs ≥ ${costMin} points or the outcome): give it a consequence the buyer shows (lost trust, a worse ending) or make it worth less`,
        ),
      );
    }
    n++;
    L += edgeL(context, step.edge);
  }
  return makeCheck('one-deviation', {
    figure: `${findings.length} of ${options} deviations free`,
    bound: `0 (each costs ≥ ${costMin} or the outcome)`,
    status: findings.length > 0 ? 'fail' : 'pass',
    findings,
  });
}

function manyDeviations(subject: AuditSubject): AuditCheck {
  const ex = subject.exemplary;
  if (!ex) return skipped('many-deviations', 'the exemplary path does not reach an ending');
  const { manyDeviations: count, manyDeviationsCostMin: costMin } = subject.bounds.consequence;
  const paths = new BestPaths(subject.exploration, subject.context, { deviationCap: count });
  const root = subject.exploration.root;
  const best = paths.best(root, { n: 0, L: 0 }, (suffix) => suffix.deviations >= count);
  if (!best) return skipped('many-deviations', `no path leaves the exemplary at ${count} decisions`);
  const fail = ex.overall - best.overall < costMin;
  const leaves = paths
    .edgesOf(root, best.suffix)
    .filter(
      (s) => !s.edge.paths.includes('exemplary') && s.node.edges.some((e) => e.paths.includes('exemplary')),
    )
    .map((s) => subject.locate(s.node, s.edge));
  return makeCheck('many-deviations', {
    figure: `${best.overall} ${best.outcome ?? 'no outcome'}`,
    bound: `≤ ${ex.overall - costMin}`,
    status: fail ? 'fail' : 'pass',
    findings: fail
      ? [
          finding(
            leaves[0] ?? { file: subject.file, line: 0 },
            `the best path that leaves the exemplary at ${count} or more decisions scores ${best.overall} with ${best.outcome} (bound: ${costMin} below the exemplary's ${ex.overall}): it leaves at ${formatLocations(leaves)}; make those choices cost more`,
          ),
        ]
      : [],
  });
}

function copies(subject: AuditSubject): AuditCheck {
  const findings: AuditFinding[] = [];
  const seen = new Set<string>();
  for (const node of subject.exploration.nodes.values()) {
    node.edges.forEach((a, i) => {
      for (const b of node.edges.slice(i + 1)) {
        if (
          a.move !== b.move ||
          a.alignment !== b.alignment ||
          a.attunement !== b.attunement ||
          a.to !== b.to
        )
          continue;
        const id = `${a.text}\n${b.text}`;
        if (seen.has(id)) continue;
        seen.add(id);
        findings.push(
          finding(
            subject.locate(node, b),
            `${label(b.text)} is a copy of ${label(a.text)}: same move (${a.move ?? 'none'}), same effects, and both lead to the same state; merge them, or give one its own move or consequence`,
          ),
        );
      }
    });
  }
  return makeCheck('copies', {
    figure: `${findings.length}`,
    bound: '0',
    status: findings.length > 0 ? 'fail' : 'pass',
    findings,
  });
}

export function consequenceChecks(subject: AuditSubject): AuditCheck[] {
  const paths = new BestPaths(subject.exploration, subject.context);
  return [oneDeviation(subject, paths), manyDeviations(subject), copies(subject)];
}
