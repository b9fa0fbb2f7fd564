// Main-thread side of the compile Worker: sends the files and relays its two answers. The story can start
// as soon as it is compiled; the check of every path then finishes in the Worker, bounded by its own
// budget and by a limit on every ink step (a loop without output is stopped where it happens), so there is
// no single timeout for the whole check. A watchdog only guards against a Worker that never answers.

export interface StoryProblem {
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  message: string;
  count?: number;
}

export interface CheckCoverage {
  mode: 'exhaustive' | 'sampled';
  states: number;
  knotsReached: number;
  knotsTotal: number;
}

export type OwnStoryCheck =
  | {
      ok: true;
      main: string;
      json: string;
      title: string;
      scored: boolean;
      warnings: StoryProblem[];
      coverage?: CheckCoverage;
    }
  | { ok: false; main: string | null; problems: StoryProblem[] };

type Answer = { stage: 'compiled' | 'checked'; result: OwnStoryCheck };

/** How long a Worker may stay silent (compiling, or after compiling, checking) before it is stopped. */
export const WORKER_SILENCE_MS = 30_000;

export interface CheckOptions {
  main?: string;
  /** Called once the story is compiled and could start playing, before the check has finished. */
  onCompiled?: (compiled: Extract<OwnStoryCheck, { ok: true }>) => void;
  silenceMs?: number;
  createWorker?: () => Worker;
}

export function checkInWorker(
  files: Record<string, string>,
  options: CheckOptions = {},
): Promise<OwnStoryCheck> {
  const worker =
    options.createWorker?.() ??
    new Worker(new URL('../../workers/compile-story.worker.ts', import.meta.url), { type: 'module' });
  const silenceMs = options.silenceMs ?? WORKER_SILENCE_MS;
  const file = options.main ?? Object.keys(files)[0] ?? 'story';
  return new Promise((resolve) => {
    let compiled: Extract<OwnStoryCheck, { ok: true }> | null = null;
    let timer: ReturnType<typeof setTimeout>;
    const finish = (result: OwnStoryCheck) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const silent = () => {
      if (compiled) {
        finish({
          ...compiled,
          warnings: [
            ...compiled.warnings,
            {
              severity: 'warning',
              file,
              line: 0,
              message: `the check of every path did not finish within ${silenceMs / 1000} s; the story still plays, and the player stops any loop at the step where it happens`,
            },
          ],
        });
      } else {
        finish({
          ok: false,
          main: options.main ?? null,
          problems: [
            {
              severity: 'error',
              file,
              line: 0,
              message: `the story did not compile within ${silenceMs / 1000} s; split it with INCLUDE or open a smaller story`,
            },
          ],
        });
      }
    };
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(silent, silenceMs);
    };
    watch();
    worker.onmessage = (event: MessageEvent<Answer>) => {
      const { stage, result } = event.data;
      if (stage === 'compiled' && result.ok) {
        compiled = result;
        watch();
        options.onCompiled?.(result);
        return;
      }
      finish(result);
    };
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
