// Plays The Hot Referral end to end with the keyboard along each canonical path, and checks that the
// debrief shows the same outcome and scores as `attune play --json` for that path.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPlay, closeApp, debriefScores, launch, openApp, pathNames, playWithKeyboard } from './helpers.ts';

const STORY = 'stories/hot-referral.ink';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('The Hot Referral, played with the keyboard', () => {
  const paths = pathNames(STORY);

  it('has canonical paths, including exemplary and bregman', () => {
    expect(paths).toContain('exemplary');
    expect(paths).toContain('bregman');
  });

  for (const path of paths) {
    it(`path "${path}": the debrief equals attune play --json`, async () => {
      const cli = cliPlay(STORY, path);
      const indices = cli.steps.filter((s) => s.type === 'choice').map((s) => s.index ?? -1);
      const { page, errors } = await openApp(browser, '#/play/hot-referral');
      await playWithKeyboard(page, indices);
      const scores = await debriefScores(page);
      expect(scores).toEqual({
        overall: cli.score.overall,
        alignment: cli.score.alignment,
        attunement: cli.score.attunement,
        courage: cli.score.courage,
        outcome: cli.score.outcome,
        trust: Math.round(cli.score.trust),
        sponsor: cli.score.sponsor,
      });
      expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(cli.ending.outcome);
      expect(await page.locator('.path-compare tbody tr').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await closeApp(page);
    });
  }
});
