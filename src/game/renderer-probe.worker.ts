// Web Worker: answers "does WebGL run on the GPU here?" on an OffscreenCanvas, so the page's main thread,
// busy starting the meeting, never waits for a graphics context to be made and thrown away.
import { probeCanvas } from './renderer-choice.ts';

self.postMessage(typeof OffscreenCanvas === 'undefined' ? null : probeCanvas(new OffscreenCanvas(1, 1)));
