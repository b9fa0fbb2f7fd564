// Starts the renderer probe in a worker as early as the page knows a stage will be needed, and hands its
// answer to the stage. Where workers or OffscreenCanvas are missing, or the worker fails or stays silent
// for a second, the answer is null and the stage probes on the page instead.
import type { RendererKind } from './renderer-choice.ts';

let answer: Promise<RendererKind | null> | null = null;

function probeInWorker(): Promise<RendererKind | null> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./renderer-probe.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    // A worker that never answers must not hold the stage back: after a second the page probes itself.
    const timer = setTimeout(() => done(null), 1000);
    const done = (kind: RendererKind | null): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(kind);
    };
    worker.onmessage = (event: MessageEvent<unknown>) =>
      done(event.data === 'webgl' || event.data === 'canvas' ? event.data : null);
    worker.onerror = () => done(null);
  });
}

/** The worker's answer (started on the first call, then shared). */
export function rendererProbe(): Promise<RendererKind | null> {
  return (answer ??= probeInWorker());
}
