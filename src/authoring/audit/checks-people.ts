// Failure paths are people, and no move is a rule: a failing seller makes harmless choices too and still
// ends low; every common move is right somewhere and wrong somewhere in the library.
import { fitsPhase } from '../../sim/index.ts';
import { EXEMPLARY } from './best-paths.ts';
import { formatLocations, type AuditCheck, type AuditFinding } from './audit-types.ts';
import { finding, makeCheck, type AuditSubject } from './audit-subject.ts';
import { onPath, walk } from './graph-walk.ts';

function failurePaths(subject: AuditSubject): AuditCheck[] {
  const names = new Set<string>();
  for (const node of subject.exploration.nodes.values())
    for (const edge of node.edges) for (const path of edge.paths) if (path !== EXEMPLARY) names.add(path);
  const { harmlessChoicesMin, overallMax } = subject.bounds.failurePaths;
  const harmless: AuditFinding[] = [];
  const score: AuditFinding[] = [];
  const harmlessFigures: string[] = [];
  const scoreFigures: string[] = [];
  for (const name of [...names].sort()) {
    const result = walk(subject.exploration, subject.context, onPath(name));
    const first = result.steps[0];
    const start = first ? subject.locate(first.node, first.edge) : { file: subject.file, line: 0 };
    const kind = result.steps.filter((s) => s.edge.alignment >= 0 && s.edge.attunement >= 0);
    harmlessFigures.push(`${name} ${kind.length}`);
    if (kind.length < harmlessChoicesMin) {
      const wrong = result.steps.map((s) => subject.locate(s.node, s.edge));
      harmless.push(
        finding(
          start,
          `path "${name}" makes ${kind.length} choice(s) with no negative effect (bound ≥ ${harmlessChoicesMin}): a failing seller is a person who also does reasonable things; move "# path: ${name}" to a harmless option at some of ${formatLocations(wrong)}`,
        ),
      );
    }
    if (result.overall === null) {
      scoreFigures.push(`${name} –`);
      score.push(
        finding(
          start,
          `path "${name}" does not reach an ending (${result.end === 'stuck' ? 'a decision has no option tagged with it' : result.end}): tag one option of each decision it passes with "# path: ${name}"`,
        ),
      );
      continue;
    }
    scoreFigures.push(`${name} ${result.overall}`);
    if (result.overall > overallMax) {
      score.push(
        finding(
          start,
          `path "${name}" ends at ${result.overall} (bound ≤ ${overallMax}): its mistakes must cost; let them lower trust or the ending, or move "# path: ${name}" to the tempting mistakes`,
        ),
      );
    }
  }
  const none = names.size === 0 ? 'no failure path' : undefined;
  return [
    makeCheck('failure-harmless', {
      figure: none ?? harmlessFigures.join(', '),
      bound: `≥ ${harmlessChoicesMin} each`,
      status: harmless.length > 0 ? 'fail' : 'pass',
      findings: harmless,
    }),
    makeCheck('failure-score', {
      figure: none ?? scoreFigures.join(', '),
      bound: `≤ ${overallMax} each`,
      status: score.length > 0 ? 'fail' : 'pass',
      findings: score,
    }),
  ];
}

const PHASE = ['', 'I', 'II', 'III'];

/** Library-wide; each story reports the moves it offers that are always right or never right. */
function moveRule(subject: AuditSubject): AuditCheck {
  const { commonFrom, except } = subject.bounds.moves;
  const tally = new Map<string, { on: number; off: number }>();
  for (const story of subject.library.stories)
    for (const option of story.options) {
      if (option.move === undefined) continue;
      const entry = tally.get(option.move) ?? { on: 0, off: 0 };
      if (option.exemplary) entry.on++;
      else entry.off++;
      tally.set(option.move, entry);
    }
  const rules = [...tally].filter(
    ([move, t]) => !except.includes(move) && t.on + t.off >= commonFrom && (t.on === 0 || t.off === 0),
  );
  const findings: AuditFinding[] = [];
  for (const [move, t] of rules) {
    const mine = (subject.own?.options ?? []).filter((o) => o.move === move);
    if (mine.length === 0) continue;
    const at = formatLocations(mine);
    const fits = fitsPhase(subject.context, move);
    findings.push(
      finding(
        mine[0] ?? { file: subject.file, line: 0 },
        t.on === 0
          ? `"${move}" is offered ${t.off} times in the library and never exemplary (bound: right at least once): make it the right move where it fits${fits ? ` (Phase ${PHASE[fits]})` : ''}, at one of ${at} or elsewhere`
          : `"${move}" is offered ${t.on} times in the library and always exemplary (bound: wrong at least once): offer it somewhere it is the wrong move (the wrong phase or moment), near ${at}`,
      ),
    );
  }
  return makeCheck('move-rule', {
    figure: `${rules.length} rule(s) in the library, ${findings.length} here`,
    bound: `0 (moves offered ≥ ${commonFrom}×${except.length ? `, except ${except.join(', ')}` : ''})`,
    status: findings.length > 0 ? 'fail' : 'pass',
    note: rules.map(([move, t]) => `${move} ${t.on}/${t.on + t.off} exemplary`).join(', ') || undefined,
    findings,
  });
}

export function peopleChecks(subject: AuditSubject): AuditCheck[] {
  return [...failurePaths(subject), moveRule(subject)];
}
