// What an LMS admin sees after a run: score, statuses, one interaction per decision and resume data,
// recorded by scorm-again (a real SCORM 1.2 / 2004 run-time) from a real PlaySession of The Hot Referral.
import { describe, expect, it } from 'vitest';
import { decisionResult } from '../../src/lms/decision-result.ts';
import { followPath, playChoices } from '../../src/session/index.ts';
import {
  cmiOf,
  connect,
  frameWindow,
  interactionsOf,
  newScorm12,
  newScorm2004,
  newSession,
  STORY_ID,
  startRun,
} from './lms-fixtures.ts';

describe('SCORM 1.2', () => {
  it('reports the exemplary path: score, passed, one interaction per decision, closed attempt', async () => {
    const api = newScorm12();
    const lms = await connect(frameWindow({ API: api }), { scorm: 'scorm12' });
    expect(lms.scorm?.version).toBe('1.2');
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'exemplary');
    const report = session.report();
    const core = cmiOf(api).cmi.core as Record<string, unknown>;
    expect(core.score).toEqual({ raw: String(report.overall), min: '0', max: '100' });
    expect(report.overall).toBeGreaterThanOrEqual(70);
    expect(core.lesson_status).toBe('passed');
    expect(core.exit).toBe('');

    const interactions = interactionsOf(api);
    const decisions = session.snapshot().decisions;
    expect(interactions).toHaveLength(decisions.length);
    expect(new Set(interactions.map((i) => i.id)).size).toBe(decisions.length);
    interactions.forEach((interaction, n) => {
      const d = decisions[n];
      expect(interaction.type).toBe('choice');
      expect(interaction.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
      expect(interaction.result).toBe(decisionResult(d?.effect));
      expect(interaction.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    });
    // SCORM 1.2 choice responses are one character per option (a, b, c… by position), never a slug.
    const first = decisions[0];
    const letter = 'abcdefghijklmnopqrstuvwxyz'[
      first?.offered.findIndex((c) => c.index === first.chosen) ?? -1
    ];
    expect(letter).toBeDefined();
    expect(interactions[0]).toMatchObject({
      id: 'hot-referral_d01_lobby',
      student_response: letter,
      correct_responses: { 0: { pattern: letter } },
      result: 'correct',
    });
    for (const i of interactions) expect(String(i.student_response)).toMatch(/^[a-z0-9]$/);
    expect(lms.problems).toEqual([]);
  });

  it('reports the Bregman path as failed, with wrong decisions', async () => {
    const api = newScorm12();
    const lms = await connect(frameWindow({ API: api }), { scorm: 'scorm12' });
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'bregman');
    const core = cmiOf(api).cmi.core as Record<string, unknown>;
    expect(core.lesson_status).toBe('failed');
    expect(core.score).toMatchObject({ raw: String(session.report().overall) });
    // Bregman's five missteps are wrong; his other choices are a reasonable seller's.
    const results = interactionsOf(api).map((i) => i.result);
    expect(results).toHaveLength(10);
    expect(results.filter((r) => r === 'wrong')).toHaveLength(5);
  });

  it("uses the LMS's mastery score over the package's passing score", async () => {
    const api = newScorm12({ student_data: { mastery_score: '95' } });
    const lms = await connect(frameWindow({ API: api }), { scorm: 'scorm12', params: { passing: '50' } });
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'exemplary');
    expect(session.report().overall).toBeLessThan(95);
    expect((cmiOf(api).cmi.core as Record<string, unknown>).lesson_status).toBe('failed');
  });

  it('marks a started run incomplete and keeps it open for a resume', async () => {
    const api = newScorm12();
    const lms = await connect(frameWindow({ API: api }), { scorm: 'scorm12' });
    const session = newSession();
    startRun(lms, session);
    playChoices(session, [0, 0]);
    const cmi = cmiOf(api).cmi;
    expect(cmi.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend', score: { raw: '' } });
    expect(String(cmi.suspend_data)).toMatch(/^AT1~hot-referral~/);
  });

  it('keeps the best run: a weaker replay in the same launch does not overwrite a pass', async () => {
    const api = newScorm12();
    const lms = await connect(frameWindow({ API: api }), { scorm: 'scorm12' });
    const first = newSession();
    startRun(lms, first);
    followPath(first, 'exemplary');
    const second = newSession();
    startRun(lms, second);
    followPath(second, 'bregman');
    const core = cmiOf(api).cmi.core as Record<string, unknown>;
    expect(core.lesson_status).toBe('passed');
    expect(core.score).toMatchObject({ raw: String(first.report().overall) });
    expect(interactionsOf(api)).toHaveLength(
      first.snapshot().decisions.length + second.snapshot().decisions.length,
    );
  });

  it('terminates once on pagehide, with the session time', async () => {
    const api = newScorm12();
    const win = frameWindow({ API: api });
    const lms = await connect(win, { scorm: 'scorm12' });
    const session = newSession();
    startRun(lms, session);
    playChoices(session, [0]);
    win.fire('pagehide');
    win.fire('beforeunload');
    expect(api.isTerminated()).toBe(true);
    expect(lms.problems).toEqual([]);
    const core = cmiOf(api).cmi.core as Record<string, unknown>;
    expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(core.session_time).not.toBe('00:00:00');
  });
});

describe('SCORM 2004 4th edition', () => {
  it('reports completion, success, scaled score and described interactions', async () => {
    const api = newScorm2004();
    const lms = await connect(frameWindow({ API_1484_11: api }), { scorm: 'scorm2004' });
    expect(lms.scorm?.version).toBe('2004');
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'exemplary');
    const { overall } = session.report();
    const cmi = cmiOf(api).cmi;
    expect(cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      exit: 'normal',
      score: { raw: String(overall), min: '0', max: '100', scaled: String(overall / 100) },
    });
    const interactions = interactionsOf(api);
    expect(interactions).toHaveLength(session.snapshot().decisions.length);
    expect(interactions[0]).toMatchObject({
      id: 'urn:attune:hot-referral:decision-1:lobby',
      type: 'choice',
      learner_response: 'ask-nadia-what-daniel-is-hoping-to-get-from-toda',
      result: 'correct',
    });
    expect(String(interactions[0]?.description)).toContain('follow-sponsor');
    expect(String(interactions[0]?.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
    expect(lms.problems).toEqual([]);
  });

  it("writes 'incorrect' (2004's word for wrong) and fails below the passing score", async () => {
    const api = newScorm2004({ scaled_passing_score: '0.9' });
    const lms = await connect(frameWindow({ API_1484_11: api }), { scorm: 'auto' });
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'bregman');
    const cmi = cmiOf(api).cmi;
    expect(cmi).toMatchObject({ completion_status: 'completed', success_status: 'failed' });
    expect(interactionsOf(api).map((i) => i.result)).toContain('incorrect');
    expect(interactionsOf(api).map((i) => i.result)).not.toContain('wrong');
  });
});

describe('resume inside the LMS', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: a relaunch resumes on the same line, without recording decisions twice`, async () => {
      const first = version === '1.2' ? newScorm12() : newScorm2004();
      const apis = (api: unknown) => (version === '1.2' ? { API: api } : { API_1484_11: api });
      const win = frameWindow(apis(first));
      const lms = await connect(win, {});
      const played = newSession();
      startRun(lms, played);
      playChoices(played, [0, 1, 0, 1]);
      played.rewind(1);
      played.choose(0);
      played.continue();
      expect(played.state).toBe('waiting-for-continue');
      win.fire('pagehide');

      // The LMS keeps what the SCO stored and relaunches with entry = resume.
      const stored = cmiOf(first).cmi;
      expect(stored.suspend_data).not.toBe('');
      const kept =
        version === '1.2'
          ? {
              suspend_data: stored.suspend_data,
              core: { entry: 'resume' },
              interactions: stored.interactions,
            }
          : { suspend_data: stored.suspend_data, entry: 'resume', interactions: stored.interactions };
      const second = version === '1.2' ? newScorm12(kept) : newScorm2004(kept);
      const again = await connect(frameWindow(apis(second)), {});
      expect(again.initialHash).toBe('#/play/hot-referral');
      const resumed = newSession();
      startRun(again, resumed);

      const before = played.snapshot();
      const after = resumed.snapshot();
      expect(after.state).toBe(before.state);
      expect(after.line).toEqual(before.line);
      expect(after.transcript.map((l) => l.text)).toEqual(before.transcript.map((l) => l.text));
      expect(after.decisions.map((d) => d.choiceId)).toEqual(before.decisions.map((d) => d.choiceId));
      expect(resumed.report()).toEqual(played.report());
      expect(interactionsOf(second)).toHaveLength(5);

      playChoices(resumed, new Array<number>(30).fill(0));
      expect(resumed.state).toBe('ended');
      expect(interactionsOf(second)).toHaveLength(5 + resumed.snapshot().decisions.length - 4);
      expect(again.problems).toEqual([]);
    });
  }

  it('starts afresh (and says why) when the resume data is not a save of this course', async () => {
    const api = newScorm12({ suspend_data: 'viewed=1,2,3|lastviewedslide=3', core: { entry: 'resume' } });
    const lms = await connect(frameWindow({ API: api }), {});
    const session = newSession();
    startRun(lms, session);
    expect(session.snapshot().transcript).toHaveLength(1);
    expect(lms.problems.join()).toMatch(/not from this course/);
  });
});

describe("what is not the trainee's run", () => {
  it('watching the failure path reports nothing to the LMS', async () => {
    const api = newScorm12();
    const lms = await connect(frameWindow({ API: api }), { scorm: 'scorm12' });
    const session = newSession();
    lms.observeSession(session, STORY_ID, { kind: 'watch' });
    session.start();
    followPath(session, 'bregman');
    const cmi = cmiOf(api).cmi;
    expect(interactionsOf(api)).toEqual([]);
    expect(cmi.core).toMatchObject({ lesson_status: 'not attempted', score: { raw: '' } });
  });
});

describe('without an LMS', () => {
  it('plays as usual and explains how to launch from the LMS', async () => {
    const lms = await connect(frameWindow({}), { scorm: 'scorm12' });
    const session = newSession();
    startRun(lms, session);
    followPath(session, 'exemplary');
    expect(session.state).toBe('ended');
    expect(lms.scorm).toBeNull();
    expect(lms.problems.join()).toMatch(/no SCORM 1\.2 API was found.*launch the course from the LMS/);
  });
});
