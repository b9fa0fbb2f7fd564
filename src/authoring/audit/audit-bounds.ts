// The teaching audit's bounds (DESIGN §3b) are data: stories/audit.json beside the rubric. parseAuditBounds
// validates them and names the key and the fix for every problem, like parseRubric does for the rubric.
import * as v from 'valibot';

const percent = v.pipe(
  v.number('must be a number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(100, 'must be at most 100'),
);
const points = v.pipe(v.number('must be a number'), v.minValue(0, 'must be at least 0'));
const count = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
);
const moveId = v.pipe(
  v.string('must be a move id'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case move id'),
);

const boundsSchema = v.strictObject({
  version: v.literal(1, 'must be 1 (the audit format this version of Attune reads)'),
  surface: v.strictObject({
    longestMaxPercent: percent,
    shortestMaxPercent: percent,
    positionMaxPercent: percent,
    labelLengthRatioMax: v.pipe(v.number('must be a number'), v.minValue(1, 'must be at least 1')),
  }),
  wording: v.strictObject({
    classifierMaxPercent: percent,
    firstWordMinOptions: count,
    firstWordMaxPercent: percent,
  }),
  shortcuts: v.strictObject({
    marginMin: points,
    discoveryMoves: v.array(moveId, 'must be a list of move ids'),
  }),
  consequence: v.strictObject({
    oneDeviationCostMin: points,
    manyDeviations: count,
    manyDeviationsCostMin: points,
  }),
  failurePaths: v.strictObject({
    harmlessChoicesMin: v.pipe(
      v.number('must be a number'),
      v.integer('must be a whole number'),
      v.minValue(0),
    ),
    overallMax: percent,
  }),
  moves: v.strictObject({
    commonFrom: count,
    except: v.array(moveId, 'must be a list of move ids'),
  }),
});

export type AuditBounds = v.InferOutput<typeof boundsSchema>;

export class AuditBoundsError extends Error {
  override readonly name = 'AuditBoundsError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: the audit bounds are not valid:\n  - ${problems.join('\n  - ')}`);
  }
}

function describe(issue: v.BaseIssue<unknown>): string {
  const key = (issue.path ?? []).map((item) => String(item.key)).join('.') || '(top level)';
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined)
    return `${key}: unknown key; remove it or fix its spelling`;
  const received = issue.received ? ` (got ${issue.received})` : '';
  return `${key}: ${issue.message}${received}`;
}

/** Validates audit bounds; with the rubric's move ids, also checks that every named move exists. */
export function parseAuditBounds(
  data: unknown,
  source = 'audit.json',
  knownMoves?: readonly string[],
): AuditBounds {
  const result = v.safeParse(boundsSchema, data, { abortEarly: false });
  if (!result.success) throw new AuditBoundsError(source, result.issues.map(describe));
  const bounds = result.output;
  if (knownMoves) {
    const problems: string[] = [];
    const check = (where: string, moves: readonly string[]) => {
      for (const move of moves)
        if (!knownMoves.includes(move))
          problems.push(
            `${where}: "${move}" is not a move of the rubric; use one of ${knownMoves.join(', ')}`,
          );
    };
    check('shortcuts.discoveryMoves', bounds.shortcuts.discoveryMoves);
    check('moves.except', bounds.moves.except);
    if (problems.length > 0) throw new AuditBoundsError(source, problems);
  }
  return bounds;
}
