// Web Worker: compiles and checks a story the user opened. Loaded only when they do, so the ink compiler
// never reaches the initial bundle. It answers twice: once compiled (the story can start playing), then
// once the bounded check of every path has finished (its warnings, its coverage).
import { checkCompiledStory, compileOwnStory, type OwnStoryResult } from '../authoring/check-own-story.ts';
import { defaultRubric } from '../sim/default-rubric.ts';

interface Request {
  files: Record<string, string>;
  main?: string;
}

export type WorkerAnswer = { stage: 'compiled' | 'checked'; result: OwnStoryResult };

const failed = (main: string | undefined, error: unknown): OwnStoryResult => ({
  ok: false,
  main: main ?? null,
  problems: [
    {
      severity: 'error',
      file: main ?? '(story)',
      line: 0,
      message: `the check failed: ${(error as Error).message}`,
    },
  ],
});

self.onmessage = (event: MessageEvent<Request>) => {
  const { files, main } = event.data;
  const post = (answer: WorkerAnswer) => self.postMessage(answer);
  let compiled: OwnStoryResult;
  try {
    compiled = compileOwnStory({ files, ...(main ? { main } : {}), rubric: defaultRubric });
  } catch (error) {
    post({ stage: 'checked', result: failed(main, error) });
    return;
  }
  if (!compiled.ok) {
    post({ stage: 'checked', result: compiled });
    return;
  }
  post({ stage: 'compiled', result: compiled });
  try {
    post({ stage: 'checked', result: checkCompiledStory(compiled, defaultRubric) });
  } catch (error) {
    post({ stage: 'checked', result: failed(main, error) });
  }
};
