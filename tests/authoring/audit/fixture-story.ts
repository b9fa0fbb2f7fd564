// Test helper: small scored stories written as data, so each audit test states only what it varies.
// Every decision gathers into the next; an option marked `good` counts toward the best ending.
import { defaultAuditBounds } from '../../../src/authoring/audit/default-audit-bounds.ts';
import type { AuditCheck, CheckId, Library, StoryAudit } from '../../../src/authoring/audit/index.ts';
import { libraryStory } from '../../../src/authoring/audit/index.ts';
import { validateStory, type StoryValidation } from '../../../src/authoring/validate-story.ts';
import { defaultRubric } from '../../../src/sim/default-rubric.ts';

export interface FixtureOption {
  text: string;
  move: string;
  paths?: string[];
  /** Counts toward the best ending. */
  good?: boolean;
}

export interface FixtureDecision {
  /** The buyer's phase from this decision on. */
  phase?: 1 | 2 | 3;
  options: FixtureOption[];
}

export interface FixtureStory {
  decisions: FixtureDecision[];
  /** Global tags after the title, e.g. "accept: position on purpose". */
  globals?: string[];
  /** Good choices needed for the advance (default: every decision's good option). */
  need?: number;
  /** Good choices that still earn a continuation (default: none, everything else is no-sale). */
  continuationFrom?: number;
}

export const FILE = 'stories/fixture.ink';

export function fixtureInk(story: FixtureStory): string {
  const lines = [
    '# title: Fixture',
    ...(story.globals ?? []).map((g) => `# ${g}`),
    'VAR phase = 1',
    'VAR good = 0',
  ];
  story.decisions.forEach((decision, i) => {
    if (decision.phase) lines.push(`~ phase = ${decision.phase}`);
    lines.push(`Decision ${i + 1}. # speaker: buyer # note: decision ${i + 1}`);
    for (const option of decision.options) {
      const paths = (option.paths ?? []).map((p) => ` #path: ${p}`).join('');
      lines.push(`* [${option.text} #move: ${option.move}${paths}]`);
      if (option.good) lines.push('  ~ good++');
      lines.push(`  You: ${option.text}. # speaker: seller`);
    }
    lines.push('- ');
  });
  const need = story.need ?? story.decisions.filter((d) => d.options.some((o) => o.good)).length;
  lines.push(`{ good >= ${need}: -> win }`);
  if (story.continuationFrom !== undefined) lines.push(`{ good >= ${story.continuationFrom}: -> meh }`);
  lines.push('-> lose', '=== win ===', 'Let us meet again. # outcome: advance', '-> END');
  lines.push('=== meh ===', 'Stay in touch. # outcome: continuation', '-> END');
  lines.push('=== lose ===', 'Thank you. # outcome: no-sale', '-> END');
  return `${lines.join('\n')}\n`;
}

/** The line an option's text is written on in the fixture's source. */
export function lineOf(source: string, text: string): number {
  return source.split('\n').findIndex((line) => line.startsWith(`* [${text} #`)) + 1;
}

/** Other stories for the wording checks to learn from, as a library beside the fixture. */
export function libraryOf(sources: Record<string, string>): Library {
  const stories = Object.entries(sources).flatMap(([file, source]) => {
    const story = libraryStory(file, source, () => '');
    return story ? [story] : [];
  });
  return { folder: 'stories/', stories };
}

export function validateFixture(
  source: string,
  library: Library = { folder: 'stories/', stories: [] },
): StoryValidation & { audit: StoryAudit } {
  const result = validateStory({
    fileName: FILE,
    source,
    readFile: () => '',
    rubric: defaultRubric,
    maxStates: 10_000,
    audit: { bounds: defaultAuditBounds, library },
  });
  if (!result.audit) throw new Error(`no audit: ${result.errors.map((e) => e.message).join('; ')}`);
  return result as StoryValidation & { audit: StoryAudit };
}

export interface Prepared {
  source: string;
  result: StoryValidation & { audit: StoryAudit };
}

/**
 * Compiles, explores and audits a fixture. Call it at module or describe level, never inside a test:
 * the ink compiler's first runs are slow on a busy machine, and collection has no timeout.
 */
export function prepare(story: FixtureStory | string, library?: Library): Prepared {
  const source = typeof story === 'string' ? story : fixtureInk(story);
  return { source, result: validateFixture(source, library) };
}

export function check(result: { audit: StoryAudit }, id: CheckId): AuditCheck {
  const found = result.audit.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}
