// The rubric (DESIGN §4) is data: stories/rubric.json. parseRubric validates it and names the exact key and
// the fix for every problem, so a training team can tune it without reading code.
import * as v from 'valibot';
import { suggestName } from './suggest-name.ts';

export type Phase = 1 | 2 | 3;
export type PhaseRow = readonly [number, number, number];

const effect = v.pipe(
  v.number('must be a number'),
  v.minValue(-2, 'must be at least -2'),
  v.maxValue(2, 'must be at most 2'),
);
const row = v.tuple(
  [effect, effect, effect],
  'must be a list of three numbers: [Phase I, Phase II, Phase III]',
);
const phase = v.picklist([1, 2, 3], 'must be a phase: 1, 2 or 3');
const moveId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case move id'));

const moveSchema = v.strictObject({
  align: row,
  attune: row,
  passive: v.optional(v.boolean('must be true or false')),
  why: v.pipe(v.string('must be a sentence'), v.minLength(1, 'must not be empty')),
});

const personaMoveSchema = v.strictObject({ align: v.optional(row), attune: v.optional(row) });

const percent = v.pipe(
  v.number('must be a number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(100, 'must be at most 100'),
);
const weight = v.pipe(
  v.number('must be a number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(1, 'must be at most 1'),
);

const rubricSchema = v.strictObject({
  version: v.literal(1, 'must be 1 (the rubric format this version of Attune reads)'),
  moves: v.record(moveId, moveSchema),
  sequence: v.strictObject({
    mimicry: v.strictObject({
      move: moveId,
      from: v.pipe(v.number(), v.integer(), v.minValue(2, 'must be at least 2')),
      attune: effect,
    }),
    passivity: v.strictObject({
      from: v.pipe(v.number(), v.integer(), v.minValue(2, 'must be at least 2')),
      phases: v.array(phase),
      align: effect,
    }),
  }),
  trust: v.strictObject({
    start: percent,
    perPoint: v.pipe(v.number(), v.minValue(0, 'must be at least 0')),
    moods: v.strictObject({ engaged: percent, open: percent, guarded: percent }),
  }),
  sponsor: v.strictObject({
    start: v.number(),
    min: v.number(),
    max: v.number(),
    moves: v.record(moveId, v.number()),
    /** The sponsor's face on stage: the lowest meter value for each mood (below guarded: frustrated). */
    moods: v.optional(v.strictObject({ engaged: v.number(), open: v.number(), guarded: v.number() }), {
      engaged: 4,
      open: 3,
      guarded: 2,
    }),
  }),
  outcomes: v.strictObject({ order: percent, advance: percent, continuation: percent, 'no-sale': percent }),
  weights: v.strictObject({ alignment: weight, attunement: weight, courage: weight, outcome: weight }),
  personas: v.record(
    moveId,
    v.strictObject({
      summary: v.string(),
      moves: v.record(moveId, personaMoveSchema),
    }),
  ),
});

export type Rubric = v.InferOutput<typeof rubricSchema>;
export type MoveRule = Rubric['moves'][string];

export class RubricError extends Error {
  override readonly name = 'RubricError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: the rubric is not valid:\n  - ${problems.join('\n  - ')}`);
  }
}

function keyPath(issue: v.BaseIssue<unknown>): string {
  const parts = (issue.path ?? []).map((item) => String(item.key));
  return parts.length > 0 ? parts.join('.') : '(top level)';
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
    const key = keyPath(issue);
    return `${key}: unknown key; remove it or fix its spelling`;
  }
  const received = issue.received ? ` (got ${issue.received})` : '';
  return `${keyPath(issue)}: ${issue.message}${received}`;
}

function crossCheck(rubric: Rubric): string[] {
  const problems: string[] = [];
  const moves = Object.keys(rubric.moves);
  const unknownMove = (where: string, move: string) => {
    const guess = suggestName(move, moves);
    problems.push(`${where}: unknown move "${move}"${guess ? `; did you mean "${guess}"?` : ''}`);
  };
  if (!moves.includes(rubric.sequence.mimicry.move))
    unknownMove('sequence.mimicry.move', rubric.sequence.mimicry.move);
  for (const move of Object.keys(rubric.sponsor.moves)) {
    if (!moves.includes(move)) unknownMove(`sponsor.moves.${move}`, move);
  }
  for (const [persona, rules] of Object.entries(rubric.personas)) {
    for (const move of Object.keys(rules.moves)) {
      if (!moves.includes(move)) unknownMove(`personas.${persona}.moves.${move}`, move);
    }
  }
  const { engaged, open, guarded } = rubric.trust.moods;
  if (!(engaged > open && open > guarded)) {
    problems.push('trust.moods: thresholds must fall from engaged to open to guarded');
  }
  const sponsorMoods = rubric.sponsor.moods;
  if (!(sponsorMoods.engaged > sponsorMoods.open && sponsorMoods.open > sponsorMoods.guarded)) {
    problems.push('sponsor.moods: thresholds must fall from engaged to open to guarded');
  }
  if (!(rubric.sponsor.min <= rubric.sponsor.start && rubric.sponsor.start <= rubric.sponsor.max)) {
    problems.push('sponsor.start: must lie between sponsor.min and sponsor.max');
  }
  const total = Object.values(rubric.weights).reduce((sum, w) => sum + w, 0);
  if (Math.abs(total - 1) > 1e-9) problems.push(`weights: must add up to 1 (they add up to ${total})`);
  return problems;
}

/** Validates rubric data. Throws RubricError listing every problem with its key path. */
export function parseRubric(data: unknown, source = 'rubric.json'): Rubric {
  const result = v.safeParse(rubricSchema, data, { abortEarly: false });
  if (!result.success) {
    throw new RubricError(source, result.issues.map(describe));
  }
  const problems = crossCheck(result.output);
  if (problems.length > 0) throw new RubricError(source, problems);
  return result.output;
}

export function moveIds(rubric: Rubric): string[] {
  return Object.keys(rubric.moves);
}

export function suggestMove(rubric: Rubric, move: string): string | undefined {
  return suggestName(move, moveIds(rubric));
}
