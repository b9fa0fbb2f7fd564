// Which renderer the stage starts with, without making the first meeting frame wait for a graphics probe.
//   - A verdict from an earlier probe in this browser is remembered (localStorage). "canvas" is used as it
//     is; "webgl" is checked on the page first (cheap where the GPU really runs WebGL).
//   - With nothing remembered, the stage starts on Canvas, which draws this 2D room smoothly everywhere,
//     and the probe runs in a worker once the first frame is up: the next visit gets its verdict. The
//     title screen also runs it while the trainee reads the cards, so a meeting chosen there already
//     knows.
// Where workers or OffscreenCanvas are missing, or the worker fails or stays silent for a second, the
// probe has no verdict and nothing is remembered.
import { chooseRenderer, type RendererKind } from './renderer-choice.ts';

const KEY = 'attune.renderer';

let running: Promise<RendererKind | null> | null = null;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The verdict remembered for this browser (same user agent), if any. */
export function rememberedRenderer(store: Storage | null = storage()): RendererKind | null {
  try {
    const saved = JSON.parse(store?.getItem(KEY) ?? 'null') as { ua?: unknown; kind?: unknown } | null;
    if (saved?.ua !== navigator.userAgent) return null;
    return saved.kind === 'webgl' || saved.kind === 'canvas' ? saved.kind : null;
  } catch {
    return null;
  }
}

function remember(kind: RendererKind, store: Storage | null = storage()): void {
  try {
    store?.setItem(KEY, JSON.stringify({ ua: navigator.userAgent, kind }));
  } catch {
    // Storage full or refused: the next visit probes again.
  }
}

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
    const timer = setTimeout(() => done(null), 1000);
    const done = (kind: RendererKind | null): void => {
      clearTimeout(timer);
      worker.terminate();
      if (kind) remember(kind);
      resolve(kind);
    };
    worker.onmessage = (event: MessageEvent<unknown>) =>
      done(event.data === 'webgl' || event.data === 'canvas' ? event.data : null);
    worker.onerror = () => done(null);
  });
}

/** Runs the worker probe once per page and remembers its verdict for the next visit. */
export function rendererProbe(): Promise<RendererKind | null> {
  return (running ??= probeInWorker());
}

/** The renderer to start the stage with, now. */
export function startingRenderer(doc: Document = document): RendererKind {
  const remembered = rememberedRenderer();
  if (remembered !== 'webgl') return remembered ?? 'canvas';
  const now = chooseRenderer(doc);
  if (now !== remembered) remember(now);
  return now;
}
