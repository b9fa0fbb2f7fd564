// Web Worker: compiles and checks a story the user opened. Loaded only when they do, so the ink compiler
// never reaches the initial bundle; the page that started it terminates it if it runs too long.
import { checkOwnStory } from '../authoring/check-own-story.ts';
import { defaultRubric } from '../sim/default-rubric.ts';

interface Request {
  files: Record<string, string>;
  main?: string;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { files, main } = event.data;
  try {
    self.postMessage(checkOwnStory({ files, ...(main ? { main } : {}), rubric: defaultRubric }));
  } catch (error) {
    self.postMessage({
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
  }
};
