// First Meeting: Dana starts in Phase I and moves to Phase II once the seller has helped her find what is
// broken. Sam's seat tip is right and his demo tip is not. `pitch-early` follows the demo tip and pitches
// before the cause is found, and otherwise plays like a reasonable seller.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { playListening } from './listening-seller.ts';
import { compileStory, outcomesWithout, playChoices, playPath } from './scenario-harness.ts';

const FILE = 'stories/first-meeting.ink';
// The exemplary path as option indices (among the options offered at each decision).
const EXEMPLARY = [1, 2, 0, 1, 0, 2, 1, 0, 3];

const spokenLines = (path: string) =>
  playPath(FILE, path).result.steps.flatMap((s) => (s.type === 'line' ? [`${s.speaker}: ${s.text}`] : []));

describe('First Meeting', () => {
  // Exploring every state is the slow part: done once, before the tests, with a generous timeout.
  let withoutDiscovery: ReturnType<typeof outcomesWithout> = [];
  beforeAll(() => {
    compileStory(FILE);
    withoutDiscovery = outcomesWithout(FILE, ['open-probe', 'implication', 'need-payoff']);
  }, 120_000);

  it('exemplary path: advance, overall 84', () => {
    const run = playPath(FILE, 'exemplary');
    expect(run.result.steps.flatMap((s) => (s.type === 'choice' ? [s.index] : []))).toEqual(EXEMPLARY);
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['override-sponsor', 1, 2, 1],
      ['open-probe', 1, 2, 1],
      ['open-probe', 1, 2, 1],
      ['implication', 1, 2, 1],
      ['pitch', 2, 2, 0],
      ['need-payoff', 2, 2, 1],
      ['hard-question', 2, 1, 0],
      ['next-step', 2, 1, 0],
    ]);
    expect(run.outcome).toBe('advance');
    expect(run.result.score).toEqual({
      alignment: 92,
      attunement: 69,
      courage: 100,
      outcome: 85,
      overall: 84,
      trust: 100,
      sponsor: 2,
      mood: 'engaged',
    });
    const spoken = spokenLines('exemplary');
    expect(spoken).toContain(
      "buyer: Weekend orders. The northern depots plan Monday's loads on Friday afternoon. Anything that comes in over the weekend gets squeezed in at five in the morning by whoever is on shift.",
    );
    // Sam was overridden (meter 2) and says so, with a grin, as the outcome agrees.
    expect(spoken).toContain('sponsor: You could have warned me you were binning the demo.');
    expect(run.lastLine).toBe('You leave with a second meeting in the diary.');
  });

  it('pitch-early path: follows the demo tip and pitches before the cause is found; no-sale at 40', () => {
    const run = playPath(FILE, 'pitch-early');
    expect(run.moves).toEqual([
      ['follow-sponsor', 1, 1, 2],
      ['pitch', 1, -2, -2],
      ['open-probe', 1, 2, 1],
      ['pitch', 1, -2, -2],
      ['pitch', 1, -2, -2],
      ['hard-question', 1, 1, 0],
      ['price', 1, -2, -1],
    ]);
    const harmless = run.moves.filter(([, , a, t]) => (a ?? 0) >= 0 && (t ?? 0) >= 0);
    expect(harmless.map(([move]) => move)).toEqual(['follow-sponsor', 'open-probe', 'hard-question']);
    expect(run.outcome).toBe('no-sale');
    expect(run.result.score).toMatchObject({ overall: 40, courage: 100, trust: 18, sponsor: 4 });
    // Sam's tip was followed (meter 4): he is puzzled rather than cold.
    expect(spokenLines('pitch-early')).toContain("sponsor: I don't get it. She usually loves a demo.");
  });

  it('tags only what Sam says as his speech, and narration as narration', () => {
    for (const path of ['exemplary', 'pitch-early']) {
      const run = playPath(FILE, path);
      for (const step of run.result.steps) {
        if (step.type !== 'line' || step.speaker !== 'sponsor') continue;
        expect(step.text, `${path}: "${step.text}"`).not.toMatch(/\bSam\b|^(He|His)\b/);
      }
      expect(spokenLines(path)).toContain('narrator: Sam catches your eye and nods toward the round table.');
    }
  });

  it('speaks of the seller with one pronoun throughout', () => {
    const source = readFileSync(FILE, 'utf8');
    const voices = [...source.matchAll(/#\s*(?:thought|note):([^#\n]*)/g)].map((m) => m[1] ?? '');
    expect(voices.length).toBeGreaterThan(10);
    for (const text of voices) expect(text).not.toMatch(/\b(he|him|his|himself)\b/i);
    expect(voices.filter((text) => /\bthey\b/i.test(text)).length).toBeGreaterThan(3);
  });

  it('puts the exemplary option in different places', () => {
    const positions = new Set(EXEMPLARY);
    expect(positions.size).toBeGreaterThanOrEqual(3);
    expect(EXEMPLARY.filter((index) => index === 0).length).toBeLessThanOrEqual(EXEMPLARY.length / 2);
  });

  it('Dana moves to Phase II only once the cause is found, and then a pitch is what she wants', () => {
    expect(playPath(FILE, 'exemplary').moves.map(([, phase]) => phase)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(playPath(FILE, 'pitch-early').moves.every(([, phase]) => phase === 1)).toBe(true);
  });

  it("Sam's seat tip is right and his demo tip is not", () => {
    const demo = playChoices(FILE, [1, 0, ...EXEMPLARY.slice(2)]);
    expect(demo.chosen[1]).toMatchObject({ move: 'pitch', alignment: -2, attunement: -2 });
    const exemplary = playPath(FILE, 'exemplary');
    expect(demo.result.score.overall).toBeLessThanOrEqual(exemplary.result.score.overall - 5);
    expect(demo.lines.map((l) => l.thought)).toContain('Nice screens. For which problem?');
  });

  it('the advance needs what the seller found out, and pure listening reaches a continuation at best', () => {
    expect(withoutDiscovery.length).toBeGreaterThan(0);
    expect(withoutDiscovery).not.toContain('advance');
    const listening = playListening(FILE);
    expect(listening.outcome).toBe('continuation');
    expect(listening.overall).toBeLessThanOrEqual(playPath(FILE, 'exemplary').result.score.overall - 15);
    // Finding the cause but not its cost: Dana does not commit to the trial.
    const unsized = playChoices(FILE, [...EXEMPLARY.slice(0, 4), 3, ...EXEMPLARY.slice(5)]);
    expect(unsized.chosen[4]?.move).toBe('listen');
    expect(unsized.result.ending.outcome).toBe('continuation');
    // Still asking questions once she wants options: no fit shown, no trial.
    const lagging = playChoices(FILE, [...EXEMPLARY.slice(0, 5), 0, 0, 3]);
    expect(lagging.chosen[5]?.move).toBe('open-probe');
    expect(lagging.result.ending.outcome).toBe('continuation');
  });
});
