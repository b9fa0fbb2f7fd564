// The cmi5 rules (cmi5 specification, Quartz: §9 statements, §10 state) a session's statements must keep,
// as a checker for the launch harness: what the LMS launched, then initialized first and terminated last,
// each cmi5-defined statement about the AU with the cmi5 category (and moveon for completed, passed and
// failed), the launch's actor, registration and context template on every statement, completed and passed
// at most once per registration, no failed after passed, passed only at or above the mastery score.
import type { Statement } from '@xapi/xapi';

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  verbs: {
    launched: 'http://adlnet.gov/expapi/verbs/launched',
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  },
} as const;

const DEFINED = new Set<string>([
  CMI5.verbs.initialized,
  CMI5.verbs.completed,
  CMI5.verbs.passed,
  CMI5.verbs.failed,
  CMI5.verbs.terminated,
]);

export interface Cmi5Launch {
  actor: unknown;
  registration: string;
  activityId: string;
  sessionId: string;
  masteryScore: number | null;
}

const verbName = (s: Statement) => s.verb.id.replace(/^.*\//, '');
const categories = (s: Statement) => (s.context?.contextActivities?.category ?? []).map((c) => c.id);

/** Every rule the AU's statements of one session (after the LMS's `launched`) break; empty when none. */
export function cmi5Problems(all: readonly Statement[], launch: Cmi5Launch): string[] {
  const problems: string[] = [];
  const launchedAt = all.findIndex((s) => s.verb.id === CMI5.verbs.launched);
  if (launchedAt < 0) problems.push('the LMS sent no launched statement');
  const au = all.slice(launchedAt + 1);
  if (au[0]?.verb.id !== CMI5.verbs.initialized)
    problems.push(`the AU's first statement is ${au[0] ? verbName(au[0]) : 'missing'}, not initialized`);
  const terminatedAt = au.findIndex((s) => s.verb.id === CMI5.verbs.terminated);
  if (terminatedAt < 0) problems.push('the AU sent no terminated statement');
  else if (terminatedAt !== au.length - 1)
    problems.push(
      `statements after terminated: ${au
        .slice(terminatedAt + 1)
        .map(verbName)
        .join(', ')}`,
    );
  let passed = false;
  const count = new Map<string, number>();
  au.forEach((s, i) => {
    const where = `#${i + 1} ${verbName(s)}`;
    count.set(s.verb.id, (count.get(s.verb.id) ?? 0) + 1);
    if (JSON.stringify(s.actor) !== JSON.stringify(launch.actor))
      problems.push(`${where}: actor is not the launch's`);
    if (s.context?.registration !== launch.registration)
      problems.push(`${where}: registration is not the launch's`);
    if (s.context?.extensions?.[CMI5.sessionId] !== launch.sessionId)
      problems.push(`${where}: no context template (session id)`);
    const cats = categories(s);
    if (DEFINED.has(s.verb.id)) {
      if ((s.object as { id?: string }).id !== launch.activityId)
        problems.push(`${where}: object is not the AU`);
      if (!cats.includes(CMI5.category)) problems.push(`${where}: no cmi5 category`);
      const moveOn = [CMI5.verbs.completed, CMI5.verbs.passed, CMI5.verbs.failed].includes(
        s.verb.id as typeof CMI5.verbs.completed,
      );
      if (moveOn && !cats.includes(CMI5.moveOn)) problems.push(`${where}: no moveon category`);
      if (s.verb.id !== CMI5.verbs.initialized && !s.result?.duration) problems.push(`${where}: no duration`);
    } else if (cats.includes(CMI5.category))
      problems.push(`${where}: an allowed statement in the cmi5 category`);
    const scaled = s.result?.score?.scaled;
    if (s.verb.id === CMI5.verbs.completed && s.result?.completion !== true)
      problems.push(`${where}: completion is not true`);
    if (s.verb.id === CMI5.verbs.passed) {
      if (s.result?.success !== true) problems.push(`${where}: success is not true`);
      if (launch.masteryScore !== null && !(typeof scaled === 'number' && scaled >= launch.masteryScore))
        problems.push(`${where}: passed below the mastery score`);
      passed = true;
    }
    if (s.verb.id === CMI5.verbs.failed) {
      if (passed) problems.push(`${where}: failed after passed`);
      if (s.result?.success !== false) problems.push(`${where}: success is not false`);
      if (launch.masteryScore !== null && !(typeof scaled === 'number' && scaled < launch.masteryScore))
        problems.push(`${where}: failed at or above the mastery score`);
    }
    if (
      (s.verb.id === CMI5.verbs.passed || s.verb.id === CMI5.verbs.failed) &&
      launch.masteryScore !== null &&
      s.context?.extensions?.[CMI5.masteryScore] !== launch.masteryScore
    )
      problems.push(`${where}: no masteryScore extension`);
  });
  for (const verb of [
    CMI5.verbs.initialized,
    CMI5.verbs.completed,
    CMI5.verbs.passed,
    CMI5.verbs.terminated,
  ]) {
    if ((count.get(verb) ?? 0) > 1)
      problems.push(`${verb.replace(/^.*\//, '')} sent ${count.get(verb)} times`);
  }
  const times = au.map((s) => Date.parse(s.timestamp ?? ''));
  if (times.some((t, i) => i > 0 && t < (times[i - 1] ?? 0))) problems.push('timestamps go backwards');
  return problems;
}
