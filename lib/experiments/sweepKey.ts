/**
 * A configuration's key: a hash of everything its result depends on (the swept values, the
 * model's topology, its compile settings, the fit options and the data), so a finished result
 * can be found again and reused, and any change makes a new key.
 */

/** JSON with object keys sorted, so equal values always give equal text. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The topology with layer and model names replaced by their position: TensorFlow.js names
 * layers from a global counter (dense_Dense1, dense_Dense2, …), so the same model built twice
 * has different names, which must not make a different key.
 */
export function canonicalTopology(topology: unknown): unknown {
  const names = new Map<string, string>();
  const collect = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const config = record.config as Record<string, unknown> | undefined;
    if (
      typeof record.class_name === 'string' &&
      config &&
      typeof config === 'object' &&
      typeof config.name === 'string' &&
      !names.has(config.name)
    ) {
      names.set(config.name, `${record.class_name}_${names.size}`);
    }
    Object.values(record).forEach(collect);
  };
  collect(topology);
  const rename = (node: unknown): unknown => {
    if (typeof node === 'string') return names.get(node) ?? node;
    if (Array.isArray(node)) return node.map(rename);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, rename(v)]));
  };
  return rename(topology);
}

/** The data a sweep trains and evaluates on: shapes and a hash of the bytes. */
export interface DataFingerprint {
  shapes: number[][];
  sha256: string;
}

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** Hashes the arrays' bytes in order (SHA-256, the platform's own, fast even for tens of MB). */
export async function dataFingerprint(arrays: { shape: number[]; data: Float32Array }[]): Promise<DataFingerprint> {
  const total = arrays.reduce((n, a) => n + a.data.byteLength, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength), offset);
    offset += a.data.byteLength;
  }
  return { shapes: arrays.map((a) => [...a.shape]), sha256: hex(await crypto.subtle.digest('SHA-256', bytes)) };
}

/** What a configuration's result depends on. */
export interface SweepKeyInput {
  values: Record<string, unknown>;
  topology: unknown;
  compile: { loss: unknown; metrics: unknown; optimizer: { className: string; config: Record<string, unknown> } };
  fit: Record<string, unknown>;
  data: DataFingerprint;
}

/** 16 hex digits of SHA-256 over the canonical description: short enough for a model name, long enough never to collide in a browser's repository. */
export async function sweepKey(input: SweepKeyInput): Promise<string> {
  const text = stableStringify({ ...input, topology: canonicalTopology(input.topology) });
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).slice(0, 16);
}
