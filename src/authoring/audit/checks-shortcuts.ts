// Shortcuts: strategies a trainee could learn without reading the buyer, played through the graph. Each
// must end well below the exemplary and on a lower outcome. Fixed strategies are walked; the passive and
// never-discovering trainee otherwise plays as well as possible (a best path over the allowed options).
import type { DecisionNode, Edge } from '../explorer.ts';
import { BestPaths, outcomeRank, START } from './best-paths.ts';
import { pick, type Classifier } from './classifiers.ts';
import { formatLocations, type AuditCheck, type CheckId, type Location } from './audit-types.ts';
import { finding, makeCheck, skipped, type AuditSubject } from './audit-subject.ts';
import { positionOf, walk } from './graph-walk.ts';
import type { OutcomeName } from '../../sim/index.ts';

const ordered = (node: DecisionNode) =>
  [...node.edges].sort((a, b) => positionOf(node, a) - positionOf(node, b));

const byLength = (longest: boolean) => (node: DecisionNode) =>
  ordered(node).reduce<Edge | undefined>((best, edge) => {
    if (!best) return edge;
    const d = edge.text.length - best.text.length;
    return (longest ? d > 0 : d < 0) ? edge : best;
  }, undefined);

const byClassifier = (classifier: Classifier) => (node: DecisionNode) => {
  const edges = ordered(node);
  return edges[
    pick(
      classifier,
      edges.map((edge) => edge.text),
    ).index
  ];
};

interface Result {
  overall: number;
  outcome: OutcomeName | null;
  /** The best outcome the strategy can reach (for a fixed strategy, the one it reaches). */
  bestOutcome: OutcomeName | null;
  /** Choices along the way that cost nothing: where a consequence would stop the shortcut. */
  harmless: Location[];
  /** The strategy's first choice, named when none of its choices is harmless. */
  first: Location | undefined;
}

function judge(subject: AuditSubject, id: CheckId, result: Result | string, fix: string): AuditCheck {
  const ex = subject.exemplary;
  if (!ex) return skipped(id, 'the exemplary path does not reach an ending');
  if (typeof result === 'string') return skipped(id, result);
  const margin = subject.bounds.shortcuts.marginMin;
  const { context } = subject;
  const lowEnough = result.overall <= ex.overall - margin;
  const lowerOutcome = outcomeRank(context, result.bestOutcome) < outcomeRank(context, ex.outcome);
  const fail = !(lowEnough && lowerOutcome);
  const outcome = result.bestOutcome === result.outcome ? '' : ` (it can reach ${result.bestOutcome})`;
  const why = [
    lowEnough
      ? ''
      : result.overall > ex.overall
        ? `${result.overall - ex.overall} points above the exemplary's ${ex.overall}`
        : `only ${ex.overall - result.overall} points below the exemplary's ${ex.overall}`,
    lowerOutcome ? '' : `it reaches ${result.bestOutcome ?? 'no outcome'} like the exemplary's ${ex.outcome}`,
  ]
    .filter(Boolean)
    .join(' and ');
  return makeCheck(id, {
    figure: `${result.overall} ${result.outcome ?? 'no outcome'}${outcome}`,
    bound: `≤ ${ex.overall - margin} and below ${ex.outcome}`,
    status: fail ? 'fail' : 'pass',
    findings: fail
      ? [
          finding(
            result.harmless[0] ?? result.first ?? { file: subject.file, line: 0 },
            `${STRATEGY[id] ?? id} scores ${result.overall} with ${result.outcome ?? 'no outcome'}${outcome}: ${why} (bound: ${margin} points below and a lower outcome); ${fix}${result.harmless.length > 0 ? `: its choices cost nothing at ${formatLocations(result.harmless)}` : ''}`,
          ),
        ]
      : [],
  });
}

const STRATEGY: Partial<Record<CheckId, string>> = {
  'shortcut-first': 'always taking the first option',
  'shortcut-last': 'always taking the last option',
  'shortcut-longest': 'always taking the longest option',
  'shortcut-shortest': 'always taking the shortest option',
  'shortcut-words': 'following the word classifier',
  'shortcut-first-word': 'following the first-word classifier',
  'shortcut-passive': 'only listening, reflecting and deferring where offered',
  'shortcut-no-discovery': 'never asking a discovery question where another option exists',
};

function walked(subject: AuditSubject, choose: (node: DecisionNode) => Edge | undefined): Result | string {
  const result = walk(subject.exploration, subject.context, choose);
  if (result.end !== 'terminal' || result.overall === null)
    return result.end === 'loop'
      ? 'the strategy loops without reaching an ending'
      : 'the strategy leaves the explored states';
  return {
    overall: result.overall,
    outcome: result.outcome,
    bestOutcome: result.outcome,
    harmless: result.steps
      .filter((s) => s.node.edges.length > 1 && s.edge.alignment >= 0 && s.edge.attunement >= 0)
      .map((s) => subject.locate(s.node, s.edge)),
    first: result.steps[0] && subject.locate(result.steps[0].node, result.steps[0].edge),
  };
}

function restricted(subject: AuditSubject, keep: (edge: Edge) => boolean, never: string): Result | string {
  const bites = [...subject.exploration.nodes.values()].some(
    (node) => node.edges.some(keep) && !node.edges.every(keep),
  );
  if (!bites) return never;
  const allowed = (node: DecisionNode) => {
    const kept = node.edges.filter(keep);
    return kept.length > 0 ? kept : node.edges;
  };
  const paths = new BestPaths(subject.exploration, subject.context, { allowed });
  const root = subject.exploration.root;
  const best = paths.best(root, START);
  if (!best) return 'the strategy reaches no ending';
  let bestOutcome: OutcomeName | null = best.outcome;
  for (const suffix of paths.suffixes(root).values())
    if (outcomeRank(subject.context, suffix.outcome) > outcomeRank(subject.context, bestOutcome))
      bestOutcome = suffix.outcome;
  const steps = paths.edgesOf(root, best.suffix);
  return {
    overall: best.overall,
    outcome: best.outcome,
    bestOutcome,
    first: steps[0] && subject.locate(steps[0].node, steps[0].edge),
    harmless: steps
      .filter(
        (s) => s.node.edges.length > 1 && keep(s.edge) && s.edge.alignment >= 0 && s.edge.attunement >= 0,
      )
      .map((s) => subject.locate(s.node, s.edge)),
  };
}

export function shortcutChecks(subject: AuditSubject): AuditCheck[] {
  const position = 'make the option in that place wrong or costly at more decisions';
  const length = 'vary which option is longest and make it wrong at more decisions';
  const checks = [
    judge(
      subject,
      'shortcut-first',
      walked(subject, (n) => ordered(n)[0]),
      position,
    ),
    judge(
      subject,
      'shortcut-last',
      walked(subject, (n) => ordered(n).at(-1)),
      position,
    ),
    judge(subject, 'shortcut-longest', walked(subject, byLength(true)), length),
    judge(subject, 'shortcut-shortest', walked(subject, byLength(false)), length),
  ];
  for (const id of ['words', 'first-word'] as const) {
    const checkId = id === 'words' ? 'shortcut-words' : 'shortcut-first-word';
    const classifier = subject.classifiers.find((c) => c.id === id);
    checks.push(
      classifier
        ? judge(subject, checkId, walked(subject, byClassifier(classifier)), 'reword the labels it picks')
        : skipped(checkId, 'no other scored story to train on'),
    );
  }
  const { rubric } = subject.context;
  const passive = (edge: Edge) => edge.move !== undefined && rubric.moves[edge.move]?.passive === true;
  const discovery = new Set(subject.bounds.shortcuts.discoveryMoves);
  checks.push(
    judge(
      subject,
      'shortcut-passive',
      restricted(subject, passive, 'no decision offers a passive option beside another'),
      'let the buyer show that waiting costs: a passive move late in the meeting should lose trust or the outcome',
    ),
    judge(
      subject,
      'shortcut-no-discovery',
      restricted(
        subject,
        (edge) => !(edge.move !== undefined && discovery.has(edge.move)),
        'no decision offers a discovery question beside another option',
      ),
      'make the outcome depend on what the seller found out (a variable set by the discovery choices)',
    ),
  );
  return checks;
}
