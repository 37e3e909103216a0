/**
 * What each TensorFlow.js backend is in this browser, as the kernel probes it at start-up, and
 * how the backend menu words it ("WebGPU — software adapter (SwiftShader), slow").
 */
import { z } from 'zod';
import { BACKEND_CHOICES, type BackendChoice } from './backendChoice';

/** One backend as probed here. */
export const detectedBackendSchema = z.object({
  name: z.enum(
    BACKEND_CHOICES.filter((c): c is Exclude<BackendChoice, 'auto'> => c !== 'auto') as [
      Exclude<BackendChoice, 'auto'>,
      ...Exclude<BackendChoice, 'auto'>[],
    ],
  ),
  available: z.boolean(),
  /** What was found: the adapter or renderer, or why it is missing. */
  detail: z.string(),
  /** Runs on the CPU in disguise (a software adapter or renderer) or is plain JavaScript. */
  slow: z.boolean(),
});
export type DetectedBackend = z.infer<typeof detectedBackendSchema>;

const TITLES: Record<BackendChoice, string> = { auto: 'Auto', webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

export const backendTitle = (choice: BackendChoice) => TITLES[choice];

/**
 * What 'auto' picks given the probe: WebGPU on a real GPU, else WASM (WebGPU on a software
 * adapter trains about 10x slower than WASM on the same cores), else CPU.
 */
export function autoBackend(detected: DetectedBackend[]): Exclude<BackendChoice, 'auto'> {
  const has = (name: DetectedBackend['name']) => detected.find((d) => d.name === name);
  const webgpu = has('webgpu');
  if (webgpu?.available && !webgpu.slow) return 'webgpu';
  return has('wasm')?.available === false ? 'cpu' : 'wasm';
}

/** The menu's text for one choice, with what was detected. */
export function backendMenuLabel(choice: BackendChoice, detected: DetectedBackend[]): string {
  if (choice === 'auto') {
    if (detected.length === 0) return 'Auto';
    const pick = autoBackend(detected);
    const webgpu = detected.find((d) => d.name === 'webgpu');
    const why = pick === 'webgpu' ? 'a hardware GPU' : webgpu?.available ? 'WebGPU is software' : 'no WebGPU adapter';
    return `Auto — ${TITLES[pick]} here (${why})`;
  }
  const found = detected.find((d) => d.name === choice);
  if (!found) return TITLES[choice];
  if (!found.available) return `${TITLES[choice]} — unavailable (${found.detail})`;
  return `${TITLES[choice]} — ${found.detail}${found.slow ? ', slow' : ''}`;
}
