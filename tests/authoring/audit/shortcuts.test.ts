import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../src/authoring/audit/index.ts';
import { check, FILE, lineOf, prepare, type Prepared } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';
import { exemplaryAt, exemplaryLength } from './variants.ts';

const good = prepare(GOOD).result;
const first = prepare(exemplaryAt('first'));
const last = prepare(exemplaryAt('last'));
const longest = prepare(exemplaryLength('longest'));
const shortest = prepare(exemplaryLength('shortest'));
// One good choice is enough for the advance: the passive trainee finds it (the reflect).
const passive = prepare({ ...GOOD, need: 1 });
// Two good choices, neither a discovery question.
const undiscovered = prepare({ ...GOOD, need: 2 });
const noPassiveOption = prepare({
  decisions: GOOD.decisions.map((d) => ({
    ...d,
    options: d.options.map((o) =>
      ['listen', 'reflect', 'defer-topic'].includes(o.move) ? { ...o, move: 'hard-question' } : o,
    ),
  })),
});

function failsWith(id: CheckId, { source, result }: Prepared, at: string) {
  expect(check(result, id).status).toBe('fail');
  const error = result.errors.find((e) => e.message.startsWith(`audit ${id}:`));
  expect(error).toMatchObject({ file: FILE, line: lineOf(source, at) });
  return error?.message ?? '';
}

describe('audit: shortcuts played through the story', () => {
  it('passes when every strategy ends 15 points lower and on a lower outcome', () => {
    const ids = ['first', 'last', 'longest', 'shortest', 'passive', 'no-discovery'] as const;
    for (const id of ids) expect(check(good, `shortcut-${id}`).status).toBe('pass');
    expect(check(good, 'shortcut-first')).toMatchObject({
      figure: '48 no-sale',
      bound: '≤ 71 and below advance',
    });
  });

  it('fails "always the first option" when the exemplary is always first', () => {
    const message = failsWith('shortcut-first', first, 'Ask what changed in her team this year');
    expect(message).toContain('always taking the first option scores 86 with advance');
    expect(message).toContain('make the option in that place wrong or costly at more decisions');
    expect(check(first.result, 'shortcut-last').status).toBe('pass');
  });

  it('fails "always the last option" when the exemplary is always last', () => {
    failsWith('shortcut-last', last, 'Ask what changed in her team this year');
    expect(check(last.result, 'shortcut-first').status).toBe('pass');
  });

  it('fails "always the longest" and "always the shortest" when length gives the answer away', () => {
    failsWith('shortcut-longest', longest, 'Ask what changed in her team this year now, calmly');
    const message = failsWith('shortcut-shortest', shortest, 'Ask what changed in her team this year');
    expect(message).toContain('vary which option is longest');
  });

  it('fails "only passive moves" when listening alone still reaches the advance', () => {
    const message = failsWith('shortcut-passive', passive, 'Wait and let her talk on');
    expect(message).toContain(
      'only listening, reflecting and deferring where offered scores 79 with advance',
    );
    expect(message).toContain('it reaches advance like the exemplary');
    expect(message).toContain('a passive move late in the meeting should lose trust or the outcome');
  });

  it('fails "never discovering" when the advance needs no discovery question', () => {
    const message = failsWith('shortcut-no-discovery', undiscovered, 'Wait and let her talk on');
    expect(message).toContain('make the outcome depend on what the seller found out');
  });

  it('skips a shortcut the story never offers: no passive option beside another', () => {
    expect(check(noPassiveOption.result, 'shortcut-passive')).toMatchObject({
      status: 'skipped',
      note: 'no decision offers a passive option beside another',
    });
  });
});
