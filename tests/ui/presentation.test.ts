import { describe, expect, it, vi } from 'vitest';
import { isSoftwareRenderer, probeCanvas } from '../../src/game/renderer-choice.ts';
import { rememberedRenderer, rendererProbe, startingRenderer } from '../../src/game/renderer-probe.ts';
import { seatLabel } from '../../src/kit/labels.ts';
import { partingDecision } from '../../src/ui/debrief/path-compare.ts';
import type { DecisionRecord } from '../../src/session/index.ts';

describe('presentation mappings', () => {
  it('picks the Canvas renderer for software WebGL only', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA GeForce RTX 3060)')).toBe(false);
  });

  it('probes a canvas for WebGL that is not a major performance caveat', () => {
    const canvasWith = (renderer: string | null) => ({
      getContext: (kind: string, options?: { failIfMajorPerformanceCaveat?: boolean }) => {
        expect(kind).toBe('webgl');
        expect(options?.failIfMajorPerformanceCaveat).toBe(true);
        if (renderer === null) return null;
        return {
          RENDERER: 1,
          getExtension: (name: string) =>
            name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 2 } : null,
          getParameter: (p: number) => (p === 2 ? renderer : 'WebKit WebGL'),
        };
      },
    });
    const probe = (renderer: string | null) =>
      probeCanvas(canvasWith(renderer) as unknown as Pick<HTMLCanvasElement, 'getContext'>);
    expect(probe(null)).toBe('canvas');
    expect(probe('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))')).toBe('canvas');
    expect(probe('ANGLE (NVIDIA GeForce RTX 3060)')).toBe('webgl');
  });

  it('leaves the probe to the page where there is no OffscreenCanvas for a worker', async () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    try {
      await expect(rendererProbe()).resolves.toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('starts on Canvas until a probe has said otherwise, and re-checks a remembered WebGL', () => {
    localStorage.removeItem('attune.renderer');
    expect(startingRenderer()).toBe('canvas');
    localStorage.setItem('attune.renderer', JSON.stringify({ ua: 'another browser', kind: 'webgl' }));
    expect(rememberedRenderer()).toBeNull();
    localStorage.setItem('attune.renderer', JSON.stringify({ ua: navigator.userAgent, kind: 'canvas' }));
    expect(startingRenderer()).toBe('canvas');
    // remembered WebGL is checked on the page; here it is not available, so the memory is corrected
    localStorage.setItem('attune.renderer', JSON.stringify({ ua: navigator.userAgent, kind: 'webgl' }));
    expect(rememberedRenderer()).toBe('webgl');
    expect(startingRenderer()).toBe('canvas');
    expect(rememberedRenderer()).toBe('canvas');
    localStorage.setItem('attune.renderer', '{not json');
    expect(startingRenderer()).toBe('canvas');
    localStorage.removeItem('attune.renderer');
  });

  it('names seats for people', () => {
    expect(seatLabel('head')).toBe('Head chair');
    expect(seatLabel('by-the-door')).toBe('By the door');
  });

  it('finds the decision where two runs part', () => {
    const run = (...ids: string[]) => ids.map((choiceId) => ({ choiceId }) as DecisionRecord);
    expect(partingDecision(run('a', 'b', 'c'), run('a', 'x', 'c'))).toBe(2);
    expect(partingDecision(run('a', 'b'), run('a', 'b'))).toBeNull();
    expect(partingDecision(run('a'), run('a', 'b'))).toBe(2);
  });
});
