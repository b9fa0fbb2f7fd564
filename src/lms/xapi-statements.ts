// xAPI statements for one run, built from session events with the @xapi/xapi types. Pure: the id and the
// time are passed in, so tests compare whole statements.
//
// Verbs (ADL vocabulary): launched / resumed (a run starts or comes back from resume data), experienced
// (the trainee entered a new scene of the meeting: a handful per run, not every line), answered (one per
// decision), completed (the run ended, with the score) and passed / failed (against the passing score).
// A decision's result carries the move, the buyer's phase and both effects as extensions under
// `urn:attune:xapi:`; result.success is true for a correct decision, false for a wrong one and absent for
// a neutral one (see decision-result.ts).
//
// An activity id always names the same activity (xAPI 1.0.3 §2.4.4.1), so every definition here is a
// function of the story alone, never of the learner's run: a decision's activity is its decision point
// (knot and offered choices); which decision of the run it was, the move and its effects go in the
// result's extensions.
import type { Activity, Agent, Context, Extensions, ResultScore, Statement } from '@xapi/xapi';
import type { InteractionRecord } from './decision-result.ts';
import { isoDuration } from './scorm-time.ts';

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

export type VerbName = keyof typeof VERBS;

export const EXT = {
  move: 'urn:attune:xapi:move',
  phase: 'urn:attune:xapi:phase',
  alignment: 'urn:attune:xapi:alignment',
  attunement: 'urn:attune:xapi:attunement',
  result: 'urn:attune:xapi:decision-result',
  decision: 'urn:attune:xapi:decision',
  outcome: 'urn:attune:xapi:outcome',
  scores: 'urn:attune:xapi:scores',
  passingScore: 'urn:attune:xapi:passing-score',
} as const;

const TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  module: 'http://adlnet.gov/expapi/activities/module',
  course: 'http://adlnet.gov/expapi/activities/course',
} as const;

export interface RunContext {
  actor: Agent;
  registration: string;
  storyTitle: string;
  /** The scenario's activity IRI (`<activityBase>/<storyId>`, or the cmi5 AU's id). */
  scenario: string;
  /** The course's activity IRI, the grouping of every statement. */
  course: string;
  /** Context every statement carries besides these (a cmi5 launch's context template), merged in. */
  template?: Context;
}

/** The scenario and course IRIs of a story under an activity base. */
export function activityIris(activityBase: string, storyId: string): { scenario: string; course: string } {
  return { scenario: `${activityBase}/${storyId}`, course: activityBase };
}

export interface Stamp {
  id: string;
  timestamp: string;
}

const en = (text: string) => ({ 'en-US': text });

export function scenarioActivity(run: RunContext): Activity {
  return {
    objectType: 'Activity',
    id: run.scenario,
    definition: { type: TYPES.simulation, name: en(run.storyTitle) },
  };
}

function context(run: RunContext, parent: boolean): Context {
  const template = run.template ?? {};
  const inherited = template.contextActivities ?? {};
  return {
    ...template,
    registration: run.registration,
    platform: 'Attune',
    language: 'en-US',
    contextActivities: {
      ...inherited,
      ...(parent ? { parent: [...(inherited.parent ?? []), scenarioActivity(run)] } : {}),
      grouping: [
        ...(inherited.grouping ?? []),
        { objectType: 'Activity', id: run.course, definition: { type: TYPES.course, name: en('Attune') } },
      ],
    },
  };
}

function verb(name: VerbName) {
  return { id: VERBS[name], display: en(name) };
}

export function startStatement(run: RunContext, resumed: boolean, stamp: Stamp): Statement {
  return {
    ...stamp,
    actor: run.actor,
    verb: verb(resumed ? 'resumed' : 'launched'),
    object: scenarioActivity(run),
    context: context(run, false),
  };
}

export function sceneStatement(run: RunContext, scene: string, stamp: Stamp): Statement {
  return {
    ...stamp,
    actor: run.actor,
    verb: verb('experienced'),
    object: {
      objectType: 'Activity',
      id: `${run.scenario}/scene/${encodeURIComponent(scene)}`,
      definition: { type: TYPES.module, name: en(`${run.storyTitle}: ${scene}`) },
    },
    context: context(run, true),
  };
}

export function answeredStatement(run: RunContext, r: InteractionRecord, stamp: Stamp): Statement {
  const extensions: Extensions = {
    [EXT.decision]: r.decision,
    [EXT.phase]: r.phase,
    [EXT.result]: r.result,
    ...(r.move !== undefined ? { [EXT.move]: r.move } : {}),
    ...(r.alignment !== undefined ? { [EXT.alignment]: r.alignment } : {}),
    ...(r.attunement !== undefined ? { [EXT.attunement]: r.attunement } : {}),
  };
  return {
    ...stamp,
    actor: run.actor,
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: `${run.scenario}/decision/${encodeURIComponent(r.point)}`,
      definition: {
        type: TYPES.interaction,
        interactionType: 'choice',
        name: en(`${run.storyTitle}: a decision in ${r.knot === 'top' ? 'the opening' : r.knot}`),
        choices: r.choices.map((c) => ({ id: c.id, description: en(c.text) })),
        ...(r.correct.length > 0 ? { correctResponsesPattern: [r.correct.join('[,]')] } : {}),
      },
    },
    result: {
      response: r.response,
      duration: isoDuration(r.latencyMs),
      ...(r.result === 'neutral' ? {} : { success: r.result === 'correct' }),
      extensions,
    },
    context: context(run, true),
  };
}

export interface RunScore {
  overall: number;
  alignment: number;
  attunement: number;
  courage: number;
  outcome: string | null;
}

function resultScore(score: number): ResultScore {
  const raw = Math.round(Math.min(100, Math.max(0, score)));
  return { scaled: raw / 100, raw, min: 0, max: 100 };
}

/** completed, then passed or failed (only for a scored run); `passed` is the LMS's own judgement. */
export function endStatements(
  run: RunContext,
  o: { score: RunScore | null; passed: boolean; passingScore: number; durationMs: number },
  stamps: [Stamp, Stamp],
): Statement[] {
  const duration = isoDuration(o.durationMs);
  const extensions: Extensions = o.score
    ? {
        [EXT.outcome]: o.score.outcome,
        [EXT.scores]: {
          alignment: o.score.alignment,
          attunement: o.score.attunement,
          courage: o.score.courage,
        },
        [EXT.passingScore]: o.passingScore,
      }
    : {};
  const base = { actor: run.actor, object: scenarioActivity(run), context: context(run, false) };
  const completed: Statement = {
    ...stamps[0],
    ...base,
    verb: verb('completed'),
    result: {
      completion: true,
      duration,
      ...(o.score ? { score: resultScore(o.score.overall) } : {}),
      ...(o.score ? { extensions } : {}),
    },
  };
  if (!o.score) return [completed];
  const { passed } = o;
  return [
    completed,
    {
      ...stamps[1],
      ...base,
      verb: verb(passed ? 'passed' : 'failed'),
      result: {
        completion: true,
        success: passed,
        duration,
        score: resultScore(o.score.overall),
        extensions,
      },
    },
  ];
}
