// `attune graph`: explores the story within a budget and draws it. It never writes over a story file.
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createScoreContext, type Rubric } from '../../sim/index.ts';
import { isScoredStory, StoryLoadError, StoryRunner } from '../../story/index.ts';
import { compileInk, formatDiagnostic } from '../compile-ink.ts';
import { explore, type ExploreProgress } from '../explorer.ts';
import { readStory, StoryFileError } from '../node-story-files.ts';
import { storyGraphSvg } from '../story-graph.ts';

export interface GraphOptions {
  output: string;
  budgetMs: number;
  strictExternals?: boolean;
  root?: string;
  onProgress?: (progress: ExploreProgress) => void;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** Refuses an output path that would overwrite the story or one of its parts. */
export function checkGraphOutput(output: string, storyFiles: readonly string[]): void {
  if (/\.ink$/i.test(output)) {
    throw new StoryFileError(
      `refusing to write the graph to ${output}: it is an .ink file; name an .svg file, for example -o story-graph.svg`,
    );
  }
  for (const file of storyFiles) {
    if (samePath(output, file)) {
      throw new StoryFileError(
        `refusing to write the graph to ${output}: it is part of the story; name another file, for example -o story-graph.svg`,
      );
    }
  }
}

export function graphCommand(
  file: string,
  rubric: Rubric,
  options: GraphOptions,
): { svg: string; complete: boolean } {
  const started = performance.now();
  const story = readStory(file, options.root !== undefined ? { root: options.root } : {});
  checkGraphOutput(options.output, [file]);
  const compiled = compileInk(story);
  if (compiled.json === null) throw new StoryFileError(compiled.diagnostics.map(formatDiagnostic).join('\n'));
  checkGraphOutput(
    options.output,
    compiled.includes.map((name) => resolve(dirname(file), name)),
  );
  let runner: StoryRunner;
  try {
    runner = new StoryRunner(compiled.json, { stubMissingExternals: !options.strictExternals });
  } catch (error) {
    if (error instanceof StoryLoadError) throw new StoryFileError(`${file}: ${error.message}`);
    throw error;
  }
  const card = runner.card;
  const scored = isScoredStory(compiled.json);
  const persona = card.persona && card.persona in rubric.personas ? card.persona : undefined;
  const context = createScoreContext(
    rubric,
    persona,
    card.musts.map((m) => m.id),
  );
  const exploration = explore({
    json: compiled.json,
    context,
    scored,
    maxStates: 200_000,
    // The budget covers the whole command, compiling included; exploring always gets a fifth of it.
    budgetMs: Math.max(options.budgetMs - (performance.now() - started), options.budgetMs / 5),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return {
    svg: storyGraphSvg(exploration, card.title || story.fileName),
    complete: exploration.complete,
  };
}

/** Writes the picture; a failure says what to change instead of showing a stack trace. */
export function writeGraph(output: string, svg: string): void {
  try {
    writeFileSync(output, svg);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    const fix =
      code === 'ENOENT'
        ? `the folder ${dirname(output)} does not exist; create it or name another output file`
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'that place is not writable; name a file in a folder you can write to'
          : code === 'EISDIR'
            ? 'that is a folder; name a file inside it, for example -o graphs/story.svg'
            : 'name another output file with -o';
    throw new StoryFileError(`cannot write ${output} (${code}): ${fix}`);
  }
}
