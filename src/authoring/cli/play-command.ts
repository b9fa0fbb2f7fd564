// `attune play`: a transcript with the score, or one JSON object with --json.
import type { Rubric } from '../../sim/index.ts';
import { compileInk, formatDiagnostic } from '../compile-ink.ts';
import { readStory } from '../node-story-files.ts';
import { playStory, type PlayMode, type PlayResult } from '../play-story.ts';
import { StoryLoadError, StoryRunner } from '../../story/index.ts';
import { zeroStubs } from '../validate-story.ts';
import { UsageError } from './usage-error.ts';

export interface PlayArgs {
  positionals: string[];
  values: {
    path?: string | undefined;
    choices?: string | undefined;
    random?: string | undefined;
    json?: boolean | undefined;
    root?: string | undefined;
    'strict-externals'?: boolean | undefined;
    'max-steps'?: string | undefined;
  };
  rubric: Rubric;
}

function modeFrom(values: PlayArgs['values']): PlayMode {
  const given = [values.path, values.choices, values.random].filter((v) => v !== undefined).length;
  if (given > 1) throw new UsageError('give only one of --path, --choices and --random');
  if (values.path !== undefined) return { path: values.path };
  if (values.choices !== undefined) {
    const choices = values.choices
      .split(',')
      .filter((c) => c.trim() !== '')
      .map(Number);
    if (choices.some((c) => !Number.isInteger(c) || c < 0)) {
      throw new UsageError('--choices needs choice indices separated by commas, for example --choices 0,2,1');
    }
    return { choices };
  }
  if (values.random !== undefined) {
    const seed = Number(values.random);
    if (!Number.isInteger(seed))
      throw new UsageError('--random needs a whole-number seed, for example --random 7');
    return { random: seed };
  }
  return { path: 'exemplary' };
}

function transcript(result: PlayResult): string {
  const lines = [`${result.title} — ${result.story}`, ''];
  for (const step of result.steps) {
    if (step.type === 'line') {
      const who = step.speaker === 'narrator' ? '' : `${step.speaker}: `;
      lines.push(`${who}${step.text}${step.thought ? `   (thinks: ${step.thought})` : ''}`);
    } else {
      const effect = step.move
        ? ` [${step.move}, phase ${step.phase}: ${step.alignment}/${step.attunement}, trust ${step.trust}]`
        : '';
      lines.push('', `> ${step.decision}. ${step.text}${effect}`, '');
    }
  }
  lines.push('');
  if (result.ending.error) lines.push(`stopped: ${result.ending.error}`);
  const s = result.score;
  lines.push(`outcome: ${result.ending.outcome ?? 'none'}`);
  if (result.scored) {
    lines.push(
      `score: overall ${s.overall} · alignment ${s.alignment} · attunement ${s.attunement} · courage ${s.courage} · outcome ${s.outcome} · trust ${s.trust} (${s.mood}) · sponsor ${s.sponsor}`,
    );
  } else lines.push('unscored story: scoring is switched off');
  return `${lines.join('\n')}\n`;
}

export function playCommand(
  args: PlayArgs,
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const file = args.positionals[0];
  if (!file) throw new UsageError('play needs a story: attune play stories/x.ink --path exemplary');
  const mode = modeFrom(args.values);
  const maxSteps = args.values['max-steps'];
  const maxChoices = maxSteps === undefined ? undefined : Number(maxSteps);
  if (maxChoices !== undefined && (!Number.isInteger(maxChoices) || maxChoices < 1))
    throw new UsageError(
      '--max-steps needs a whole number of choices above 0, for example --max-steps 20000',
    );
  const root = args.values.root;
  const story = readStory(file, root !== undefined ? { root } : {});
  const compiled = compileInk(story);
  if (compiled.json === null) {
    err(`${compiled.diagnostics.map(formatDiagnostic).join('\n')}\n`);
    return 1;
  }
  let stubbed: string[];
  try {
    stubbed = new StoryRunner(compiled.json, {
      stubMissingExternals: !args.values['strict-externals'],
    }).stubbedExternals;
  } catch (error) {
    if (!(error instanceof StoryLoadError)) throw error;
    err(`attune: ${story.fileName}: ${error.message}\n`);
    return 1;
  }
  if (stubbed.length > 0) {
    err(
      `attune: warning: EXTERNAL ${stubbed.join(', ')} has no ink fallback; play calls a stub that returns 0 (pass --strict-externals to refuse)\n`,
    );
  }
  const result = playStory(story.fileName, compiled.json, args.rubric, mode, {
    externals: zeroStubs(stubbed),
    ...(maxChoices !== undefined ? { maxChoices } : {}),
  });
  out(args.values.json ? `${JSON.stringify(result, null, 2)}\n` : transcript(result));
  if (result.ending.error) {
    if (args.values.json) err(`attune: ${result.ending.error}\n`);
    return 1;
  }
  return 0;
}
