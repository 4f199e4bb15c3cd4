// The 'auto' renderer's question: is WebGL here a CPU emulation (SwiftShader, llvmpipe, Microsoft Basic Render: no
// GPU, or a blocklisted one, as on many school laptops)? Each full-canvas layer then costs ~100 ms, so Canvas draws
// this map far faster. Asking costs a WebGL context (~8 ms): a match's page asks while it waits for its scripts, from
// index.html (vite.config.ts runs softwareWebGL's source there, so it names nothing outside itself), and leaves the
// answer on <html data-software-webgl>.

export function softwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** The page's early answer, or asked now. */
export function rendersInSoftware(): boolean {
  const early = document.documentElement.dataset.softwareWebgl;
  return early === undefined ? softwareWebGL() : early === 'true';
}
