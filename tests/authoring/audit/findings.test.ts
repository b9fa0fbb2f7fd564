// Every check of the audit, failed on purpose: each finding names a decision (file:line of an option)
// and says what to change.
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId } from '../../../src/authoring/audit/index.ts';
import { FILE, fixtureInk, libraryOf, validateFixture, type FixtureStory } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { exemplaryAt, exemplaryLength, retitle, withDecision } from './variants.ts';

const failurePath = (index: number, text: string, story: FixtureStory) =>
  withDecision(
    index,
    (options) =>
      options.map((o) => {
        const paths = (o.paths ?? []).filter((p) => p !== 'failure');
        return { ...o, paths: o.text === text ? [...paths, 'failure'] : paths };
      }),
    story,
  );

const priceNeverRight = fixtureInk({
  decisions: [0, 1, 2, 3, 4].map((i) => ({
    options: [
      { text: `Quote the list price ${i}`, move: 'price' },
      {
        text: `Ask about her week ${i}`,
        move: ['reflect', 'implication', 'need-payoff'][i % 3] ?? 'reflect',
      },
      { text: `Offer a next meeting ${i}`, move: 'next-step', paths: ['exemplary'], good: true },
    ],
  })),
});

const caricature = withDecision(3, (o) => [
  ...o,
  { text: 'Take the head of the table', move: 'status-play' },
]);

const cases: { story: FixtureStory; library?: Record<string, string> }[] = [
  { story: exemplaryLength('longest') },
  { story: exemplaryLength('shortest') },
  { story: exemplaryAt('first') },
  { story: exemplaryAt('last') },
  { story: withDecision(2, retitle('Stay silent for a while', 'Stay silent')) },
  { story: GOOD, library: { 'stories/twin.ink': fixtureInk(GOOD) } },
  { story: { ...GOOD, need: 1 } },
  { story: { ...GOOD, need: 2 } },
  {
    story: withDecision(4, (o) => [
      ...o,
      { text: 'Ask for a date to talk again', move: 'hard-question', good: true },
    ]),
  },
  {
    story: withDecision(4, (o) => [
      ...o,
      { text: 'Fix a date for the next talk', move: 'next-step', good: true },
    ]),
  },
  {
    story: failurePath(
      3,
      'Take the head of the table',
      failurePath(1, 'Name three firms like hers', caricature),
    ),
  },
  { story: failurePath(2, 'Stay silent for a while', failurePath(0, 'Wait and let her talk on', GOOD)) },
  { story: GOOD, library: { 'stories/other.ink': priceNeverRight } },
];

const FIX = /\b(shorten|lengthen|move|bring|reword|start|make|let|vary|give|merge|offer|tag)\b/;

const findings = cases.map(({ story, library }) => {
  const source = fixtureInk(story);
  const result = validateFixture(source, library ? libraryOf(library) : undefined);
  return { lines: source.split('\n'), result };
});

describe('audit findings', () => {
  it('every check can fail, and each failure names an option line and what to change', () => {
    const failed = new Set<CheckId>();
    for (const { lines, result } of findings) {
      for (const row of result.audit.checks) {
        if (row.status !== 'fail' && row.status !== 'warn') continue;
        failed.add(row.id);
        for (const f of row.findings) {
          expect(f.file).toBe(FILE);
          expect(lines[f.line - 1], `${row.id}: ${f.message}`).toMatch(/^\* \[/);
          expect(f.message, row.id).toMatch(FIX);
        }
      }
      for (const d of [...result.errors, ...result.warnings].filter((d) => d.message.startsWith('audit '))) {
        expect(d.line).toBeGreaterThan(0);
        expect(d.message).toMatch(new RegExp(`^audit (${CHECK_IDS.join('|')}): `));
      }
    }
    expect([...failed].sort()).toEqual([...CHECK_IDS].sort());
  });
});
