/**
 * What each backend is in this worker, for the backend menu: the WebGPU adapter and whether it
 * is software, the WebGL renderer (SwiftShader is software too), and whether WASM and its SIMD
 * build can run. Probed once, without switching the active backend.
 */
import type { DetectedBackend } from '../../../lib/cluster/detectedBackends';
import { probeWebGpuOnce } from '../../sharedByWorkers/backend';

const SOFTWARE = /swiftshader|llvmpipe|software|microsoft basic/i;

function probeWebGl(): DetectedBackend {
  if (typeof OffscreenCanvas === 'undefined')
    return { name: 'webgl', available: false, detail: 'no OffscreenCanvas in workers', slow: false };
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return { name: 'webgl', available: false, detail: 'no WebGL 2 context', slow: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    const software = SOFTWARE.test(renderer);
    return { name: 'webgl', available: true, detail: software ? `software renderer (${shortName(renderer)})` : renderer, slow: software };
  } catch (e) {
    return { name: 'webgl', available: false, detail: `WebGL failed: ${(e as Error).message}`, slow: false };
  }
}

/** "SwiftShader" rather than "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) …))". */
function shortName(description: string): string {
  const match = description.match(SOFTWARE);
  return match ? match[0].replace(/^swiftshader$/i, 'SwiftShader') : description;
}

/** A module using one SIMD instruction: validates only where WASM SIMD is supported. */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

function probeWasm(): DetectedBackend {
  if (typeof WebAssembly !== 'object') return { name: 'wasm', available: false, detail: 'no WebAssembly', slow: false };
  const simd = WebAssembly.validate(SIMD_PROBE);
  return {
    name: 'wasm',
    available: true,
    detail: simd ? 'WebAssembly with SIMD, one thread per worker' : 'WebAssembly without SIMD',
    slow: false,
  };
}

export async function detectBackends(): Promise<DetectedBackend[]> {
  const gpu = await probeWebGpuOnce();
  const webgpu: DetectedBackend = gpu.available
    ? {
        name: 'webgpu',
        available: true,
        detail: gpu.isSoftware ? `software adapter (${shortName(gpu.description)})` : gpu.description,
        slow: gpu.isSoftware,
      }
    : { name: 'webgpu', available: false, detail: gpu.description, slow: false };
  return [webgpu, probeWebGl(), probeWasm(), { name: 'cpu', available: true, detail: 'plain JavaScript', slow: true }];
}
