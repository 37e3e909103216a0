/**
 * The pre-flight check of a model against a backend: which TensorFlow.js kernels its training
 * (or inference) runs, which of them the backend has no implementation of, and which backend to
 * use instead. Pure: the kernels a model needs are traced elsewhere (kernels/kernelWorker/runtime/modelKernels.ts)
 * and the registry is passed in, so the rules are tested against a registry the test controls.
 */

/** The kernels one part of a model runs: a layer's forward and backward pass, the loss, or the optimizer. */
export interface KernelNeed {
  /** The layer's name, or 'loss' / 'optimizer'. */
  part: string;
  /** The layer's class (Dense, LSTM, …), or the loss or optimizer name. */
  className: string;
  kernels: string[];
}

/** A kernel the backend lacks, and the parts of the model that run it. */
export interface MissingKernel {
  kernel: string;
  parts: { part: string; className: string }[];
}

/** What the check found for one backend. */
export interface KernelCheck {
  backend: string;
  /** Distinct kernels the model runs. */
  needed: string[];
  missing: MissingKernel[];
  /** The backend to use instead when something is missing (null: none has every kernel). */
  fallback: string | null;
}

/** Backends to move to, in order, when the chosen one lacks a kernel: WASM is the dependable one on any machine. */
export const FALLBACK_ORDER = ['wasm', 'webgl', 'cpu'] as const;

/** Every distinct kernel the parts run. */
export function neededKernels(needs: KernelNeed[]): string[] {
  return [...new Set(needs.flatMap((n) => n.kernels))].sort();
}

/** The kernels `needs` runs that `registered` (the backend's kernel names) has no implementation of. */
export function findMissingKernels(needs: KernelNeed[], registered: ReadonlySet<string>): MissingKernel[] {
  const missing = new Map<string, MissingKernel>();
  for (const need of needs) {
    for (const kernel of need.kernels) {
      if (registered.has(kernel)) continue;
      const entry = missing.get(kernel) ?? { kernel, parts: [] };
      if (!entry.parts.some((p) => p.part === need.part)) entry.parts.push({ part: need.part, className: need.className });
      missing.set(kernel, entry);
    }
  }
  return [...missing.values()];
}

/**
 * Checks `needs` against `backend`'s registry and, when a kernel is missing, picks the first
 * backend of FALLBACK_ORDER that is usable here (`usable`) and has every kernel.
 */
export function checkKernels(
  needs: KernelNeed[],
  backend: string,
  registryOf: (backend: string) => ReadonlySet<string>,
  usable: (backend: string) => boolean = () => true,
): KernelCheck {
  const missing = findMissingKernels(needs, registryOf(backend));
  const fallback =
    missing.length === 0
      ? null
      : (FALLBACK_ORDER.find((b) => b !== backend && usable(b) && findMissingKernels(needs, registryOf(b)).length === 0) ?? null);
  return { backend, needed: neededKernels(needs), missing, fallback };
}

function partsText(parts: MissingKernel['parts']): string {
  return parts.map((p) => (p.part === p.className ? p.part : `layer "${p.part}" (${p.className})`)).join(', ');
}

/**
 * One sentence per missing kernel and what happens instead, e.g.
 * `webgpu has no kernel for op "Foo", which layer "f" (Foo) needs; training on wasm instead.`
 * `who` says whose backend it is ("the kernel", "executor 2"); `doing` is "training" or "inference".
 */
export function missingKernelMessage(check: KernelCheck, who: string, doing: 'training' | 'inference'): string {
  const ops = check.missing.map((m) => `op "${m.kernel}" (needed by ${partsText(m.parts)})`).join('; ');
  const instead = check.fallback
    ? `${doing} on ${check.fallback} instead.`
    : `no other backend here has every kernel either, so the ${doing} cannot run.`;
  return `Pre-flight check: ${check.backend} on ${who} has no kernel for ${ops}; ${instead}`;
}

/** The check as `debug: true` prints it: the kernels per part, and the verdict for each backend in use. */
export function kernelCheckReport(needs: KernelNeed[], checks: { who: string; check: KernelCheck }[]): string {
  const lines = ['Pre-flight kernel check (ops the model runs, traced on a 1-sample batch):'];
  for (const need of needs)
    lines.push(`  ${need.part === need.className ? need.part : `${need.part} (${need.className})`}: ${need.kernels.join(', ') || '—'}`);
  for (const { who, check } of checks) {
    lines.push(
      check.missing.length === 0
        ? `  ${who} on ${check.backend}: all ${check.needed.length} kernels present`
        : `  ${who} on ${check.backend}: missing ${check.missing.map((m) => m.kernel).join(', ')} → ${check.fallback ?? 'no backend has them all'}`,
    );
  }
  return lines.join('\n');
}
