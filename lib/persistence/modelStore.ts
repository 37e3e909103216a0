/**
 * The model repository: models saved from cells, imported from files, or kept by sweeps, each
 * under a name with versions. IndexedDB in the browser (the kernel worker and the page open the
 * same database), memory in tests. Both validate what they read.
 */
import {
  modelArtifactsRecordSchema,
  modelRecordSchema,
  type ModelArtifactsRecord,
  type ModelRecord,
  type NewModel,
} from '../models/modelRecord';
import { parseModelRef } from '../models/modelNames';
import { describeZodError, formatIssuePath } from '../notebook/zodIssues';
import { CorruptRecordError, keyOf } from './storedRecords';

/** The artifacts less the id, which the repository assigns. */
export type ModelArtifactsInput = Omit<ModelArtifactsRecord, 'id'>;

export interface ModelStore {
  /** Every readable version of every model, newest first; unreadable records are skipped with a warning. */
  list(): Promise<ModelRecord[]>;
  /** The model with this id, or undefined. */
  get(id: string): Promise<ModelRecord | undefined>;
  /** An id, a name (its latest version) or `name@version`; undefined when nothing matches. */
  resolve(ref: string): Promise<ModelRecord | undefined>;
  /** The model's architecture, weights and compile settings; throws if they are missing or damaged. */
  artifacts(id: string): Promise<ModelArtifactsRecord>;
  /** Stores metadata and artifacts together (both or neither) as the next version of the name. */
  save(model: NewModel, artifacts: ModelArtifactsInput): Promise<ModelRecord>;
  /** Deletes one version, metadata and artifacts together; an unknown id does nothing. */
  delete(id: string): Promise<void>;
}

/** Newest first; ties by name then version, so every store lists in the same order. */
export function newestModelFirst(a: ModelRecord, b: ModelRecord): number {
  return b.createdAt - a.createdAt || a.name.localeCompare(b.name) || b.version - a.version;
}

/** Finds `ref` (id, name, or name@version) among records. */
export function resolveModelRef(records: readonly ModelRecord[], ref: string): ModelRecord | undefined {
  const byId = records.find((r) => r.id === ref);
  if (byId) return byId;
  const { name, version } = parseModelRef(ref);
  const named = records.filter((r) => r.name === name);
  if (version !== undefined) return named.find((r) => r.version === version);
  return named.reduce<ModelRecord | undefined>((latest, r) => (!latest || r.version > latest.version ? r : latest), undefined);
}

/** The latest version of each name, newest first: what the repository's table shows by default. */
export function latestVersions(records: readonly ModelRecord[]): ModelRecord[] {
  const latest = new Map<string, ModelRecord>();
  for (const r of records) {
    const seen = latest.get(r.name);
    if (!seen || r.version > seen.version) latest.set(r.name, r);
  }
  return [...latest.values()].sort(newestModelFirst);
}

/** The version a new save of `name` gets. */
export function nextVersion(existing: readonly { version: number }[]): number {
  return existing.reduce((max, r) => Math.max(max, r.version), 0) + 1;
}

export function newModelId(now = Date.now()): string {
  return `model-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function corrupt(store: string, key: string, error: import('zod').ZodError): CorruptRecordError {
  const path = formatIssuePath(error.issues[0]?.path ?? []);
  const detail = describeZodError(error);
  const failure = new CorruptRecordError(store, key, path, detail);
  failure.message =
    `Stored model "${key}" can't be read (${detail}). ` +
    'It may have been saved by a newer version of Sparkbook: reload the page. If this keeps happening, delete it on the Models page.';
  return failure;
}

export function readModelRecord(record: unknown, key: string = keyOf(record)): ModelRecord {
  const result = modelRecordSchema.safeParse(record);
  if (result.success) return result.data;
  throw corrupt('models', key, result.error);
}

export function readModelRecords(records: readonly unknown[]): ModelRecord[] {
  const models: ModelRecord[] = [];
  for (const record of records) {
    try {
      models.push(readModelRecord(record));
    } catch (error) {
      if (!(error instanceof CorruptRecordError)) throw error;
      // One bad record must not hide every other model from the repository.
      console.warn(`Skipping a stored model: ${error.message}`);
    }
  }
  return models.sort(newestModelFirst);
}

export function readModelArtifacts(record: unknown, id: string): ModelArtifactsRecord {
  if (record === undefined) {
    throw new Error(
      `The weights of model "${id}" are missing from this browser's storage. Delete the model on the Models page and save or import it again.`,
    );
  }
  const result = modelArtifactsRecordSchema.safeParse(record);
  if (result.success) return result.data as unknown as ModelArtifactsRecord;
  throw corrupt('modelArtifacts', id, result.error);
}

/** Browser storage is full: say so in words, and what to do. */
export function storageFullError(bytes: number, cause: unknown): Error {
  const mb = (bytes / 1e6).toFixed(1);
  return new Error(
    `The browser's storage for this site is full, so the model (${mb} MB of weights) was not saved and nothing was changed. ` +
      'Delete models or notebooks you no longer need (Models page, gallery), or free disk space, and save again.',
    { cause },
  );
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error as { inner?: { name?: unknown } } | null)?.inner?.name === 'QuotaExceededError';
}
