// WebGL where the GPU really runs it; Phaser's Canvas renderer where WebGL is software (SwiftShader,
// llvmpipe) or missing: a software WebGL draws at a fraction of the Canvas renderer's frame rate.
export type RendererKind = 'webgl' | 'canvas';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

type ProbeCanvas = Pick<HTMLCanvasElement, 'getContext'> | Pick<OffscreenCanvas, 'getContext'>;

/** Asks a canvas (on the page or in a worker) for a WebGL context that is not a major performance caveat. */
export function probeCanvas(canvas: ProbeCanvas): RendererKind {
  let gl: WebGLRenderingContext | null = null;
  try {
    gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true }) as WebGLRenderingContext | null;
  } catch {
    gl = null;
  }
  if (!gl) return 'canvas';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info
    ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL))
    : String(gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return isSoftwareRenderer(name) ? 'canvas' : 'webgl';
}

export function chooseRenderer(doc: Document = document, forced?: string | null): RendererKind {
  if (forced === 'webgl' || forced === 'canvas') return forced;
  return probeCanvas(doc.createElement('canvas'));
}
