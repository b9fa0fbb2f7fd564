// Helpers to derive a fixture from GOOD by changing one decision's options.
import type { FixtureDecision, FixtureOption, FixtureStory } from './fixture-story.ts';
import { GOOD } from './good-fixture.ts';

export function withDecision(
  index: number,
  change: (options: FixtureOption[]) => FixtureOption[],
  base: FixtureStory = GOOD,
): FixtureStory {
  return {
    ...base,
    decisions: base.decisions.map((d, i): FixtureDecision =>
      i === index ? { ...d, options: change(d.options) } : d,
    ),
  };
}

/** Renames the option whose text is `from`. */
export const retitle = (from: string, to: string) => (options: FixtureOption[]) =>
  options.map((o) => (o.text === from ? { ...o, text: to } : o));

/** Puts the exemplary option of every decision at one place: 'first', 'last'. */
export function exemplaryAt(where: 'first' | 'last', base: FixtureStory = GOOD): FixtureStory {
  return {
    ...base,
    decisions: base.decisions.map((d) => {
      const ex = d.options.filter((o) => o.paths?.includes('exemplary'));
      const rest = d.options.filter((o) => !o.paths?.includes('exemplary'));
      return { ...d, options: where === 'first' ? [...ex, ...rest] : [...rest, ...ex] };
    }),
  };
}

/** Pads or trims labels so the exemplary option is the longest (or shortest) of every decision. */
export function exemplaryLength(which: 'longest' | 'shortest', base: FixtureStory = GOOD): FixtureStory {
  return {
    ...base,
    decisions: base.decisions.map((d) => ({
      ...d,
      options: d.options.map((o) => {
        const ex = o.paths?.includes('exemplary');
        if (which === 'longest') return ex ? { ...o, text: `${o.text} now, calmly` } : o;
        return ex ? o : { ...o, text: `${o.text} straight away` };
      }),
    })),
  };
}
