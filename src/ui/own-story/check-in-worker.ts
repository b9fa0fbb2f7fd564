// Main-thread side of the compile Worker: sends the files, waits for the verdict, and stops the Worker if
// it runs too long (a story that loops inside one step), so the page always stays responsive.

export interface StoryProblem {
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  message: string;
}

export type OwnStoryCheck =
  | { ok: true; main: string; json: string; title: string; scored: boolean; warnings: StoryProblem[] }
  | { ok: false; main: string | null; problems: StoryProblem[] };

export const CHECK_TIMEOUT_MS = 8000;

export function checkInWorker(
  files: Record<string, string>,
  options: { main?: string; timeoutMs?: number; createWorker?: () => Worker } = {},
): Promise<OwnStoryCheck> {
  const worker =
    options.createWorker?.() ??
    new Worker(new URL('../../workers/compile-story.worker.ts', import.meta.url), { type: 'module' });
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  return new Promise((resolve) => {
    const finish = (result: OwnStoryCheck) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          main: options.main ?? null,
          problems: [
            {
              severity: 'error',
              file: options.main ?? Object.keys(files)[0] ?? 'story',
              line: 0,
              message: `the story was stopped after ${timeoutMs / 1000} s without finishing: it probably loops forever (a divert cycle with no choice or text); break the loop with a choice or an -> END`,
            },
          ],
        }),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<OwnStoryCheck>) => finish(event.data);
    worker.onerror = (event) =>
      finish({
        ok: false,
        main: options.main ?? null,
        problems: [
          {
            severity: 'error',
            file: 'story',
            line: 0,
            message: `the story checker failed to start: ${event.message}`,
          },
        ],
      });
    worker.postMessage({ files, ...(options.main ? { main: options.main } : {}) });
  });
}
