/**
 * The `models` object every cell sees: the model repository.
 *   await models.save(model, name, { notes }), await models.load('name' | 'name@2' | id),
 *   await models.list(), await models.delete(ref), await models.import(url | file | bytes),
 *   await models.export(ref, 'keras' | 'h5' | 'tfjs')
 * The kernel worker reads and writes the repository in IndexedDB itself, so weights never
 * cross to the page, except as the files of an export, which the page downloads.
 */
import * as tf from '@tensorflow/tfjs';
import type { ExportedFile, ModelFile } from '../../../lib/models/formats/modelFiles';
import type { ModelFormat, ModelRecord } from '../../../lib/models/modelRecord';
import { formatModelRef } from '../../../lib/models/modelNames';
import { exportModel, importModel, loadStoredModel, saveModel } from '../../../lib/models/modelRepository';
import { latestVersions, type ModelStore } from '../../../lib/persistence/modelStore';
import { trainingOf } from './modelTraining';
import { resolveAppUrl } from '../../../lib/routes/appRoutes';

export interface ModelsEnvironment {
  store(): ModelStore;
  /** The notebook the running cell belongs to. */
  notebook(): { id: string; title: string } | undefined;
  /** The page's origin: models.import fetches only from it. */
  origin: string;
  /** Hands files to the page, which saves them through the browser's download. */
  download(files: ExportedFile[]): void;
}

/** One row of models.list(). */
export interface ModelListRow {
  name: string;
  version: number;
  created: string;
  params: number;
  inputs: string;
  outputs: string;
  metrics: string;
  id: string;
}

/** A model in the repository, as cells get it from models.save and models.import. */
export interface StoredModel {
  id: string;
  name: string;
  /** 1 for the first model saved under a name, then 2, 3, … */
  version: number;
  createdAt: number;
  notes: string;
  /** 'Sequential', 'Functional', … */
  className: string;
  params: number;
  layers: number;
  inputShapes: (number | null)[][];
  outputShapes: (number | null)[][];
  /** Loss and optimizer when the model was saved compiled. */
  loss?: string;
  optimizer?: string;
  notebookId?: string;
  /** The training that produced the weights: its job and final metrics (loss, acc, val_loss, …). */
  training?: { by: 'spark.fit' | 'spark.sweep' | 'model.fit'; jobId?: string; metrics: Record<string, number> };
  /** For an imported model: the file it came from and its format. */
  importedFrom?: { fileName: string; format: 'h5' | 'keras' | 'tfjs'; kerasVersion?: string; notes?: string[] };
}

/**
 * What cells see as `models`: the model repository, kept in this browser (the Models page lists
 * it). The editor's declarations are generated from this interface; its JSDoc is the hover text.
 */
export interface ModelsApi {
  /** Stores the model (architecture, weights, compile settings); a name that exists gets a new version. */
  save(model: tf.LayersModel, name: string, options?: { notes?: string }): Promise<StoredModel>;
  /** A stored model, compiled when it was saved compiled: 'name' (latest), 'name@2', or an id. */
  load(ref: string): Promise<tf.LayersModel>;
  /** The latest version of each model, or every version with { versions: 'all' }. */
  list(options?: { versions?: 'latest' | 'all' }): Promise<ModelListRow[]>;
  /** Deletes one version ('name@2' or an id) or every version of a name; returns what was deleted. */
  delete(ref: string): Promise<string[]>;
  /** Imports a Keras .h5 / .keras file or a TensorFlow.js model.json: a URL on this site, a File or Blob, or bytes with { fileName }. */
  import(
    source: string | Blob | ArrayBuffer | ArrayBufferView,
    options?: { name?: string; fileName?: string; notes?: string },
  ): Promise<StoredModel>;
  /** Downloads the model as a Keras 3 .keras file (default), a Keras .h5 file, or TensorFlow.js model.json + weights. */
  export(ref: string, format?: 'keras' | 'h5' | 'tfjs'): Promise<string[]>;
}

const FORMATS: readonly ModelFormat[] = ['keras', 'h5', 'tfjs'];
const shapes = (list: (number | null)[][]) => list.map((s) => `[${s.map((d) => (d === null ? 'null' : d)).join(',')}]`).join(' ');

function listRow(m: ModelRecord): ModelListRow {
  const metrics = Object.entries(m.training?.metrics ?? {})
    .map(([k, v]) => `${k} ${v.toPrecision(3)}`)
    .join(', ');
  return {
    name: m.name,
    version: m.version,
    created: new Date(m.createdAt).toISOString(),
    params: m.params,
    inputs: shapes(m.inputShapes),
    outputs: shapes(m.outputShapes),
    metrics,
    id: m.id,
  };
}

async function bytesOf(source: Blob | ArrayBuffer | ArrayBufferView): Promise<Uint8Array> {
  if (source instanceof Blob) return new Uint8Array(await source.arrayBuffer());
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
}

/** The `models` builtin. */
export function createModels(env: ModelsEnvironment): ModelsApi {
  const find = async (ref: unknown, where: string): Promise<ModelRecord> => {
    if (typeof ref !== 'string' || ref === '') throw new Error(`${where}: pass a model's name, name@version or id, e.g. ${where}('iris').`);
    const record = await env.store().resolve(ref);
    if (record) return record;
    const names = latestVersions(await env.store().list()).map((m) => m.name);
    throw new Error(
      `${where}: there is no model '${ref}' in the repository.` +
        (names.length
          ? ` Saved models: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''}.`
          : ' Save one with models.save(model, name) or import a file on the Models page.'),
    );
  };

  const fetchFiles = async (url: string): Promise<ModelFile[]> => {
    const resolved = resolveAppUrl(url, env.origin);
    if (resolved.origin !== new URL(env.origin).origin) {
      throw new Error(
        `models.import: ${url} is on another site; Sparkbook only fetches from its own origin (${new URL(env.origin).origin}). Download the file and import it on the Models page.`,
      );
    }
    const get = async (u: URL) => {
      const response = await fetch(u);
      if (!response.ok) throw new Error(`models.import: ${u.pathname} answered ${response.status} ${response.statusText}. Check the path.`);
      return { name: decodeURIComponent(u.pathname.split('/').pop() || 'model'), bytes: new Uint8Array(await response.arrayBuffer()) };
    };
    const main = await get(resolved);
    if (!/\.json$/i.test(main.name)) return [main];
    // A TensorFlow.js model.json names its weight files relative to itself.
    const manifest =
      (JSON.parse(new TextDecoder().decode(main.bytes)) as { weightsManifest?: { paths?: string[] }[] }).weightsManifest ?? [];
    const paths = [...new Set(manifest.flatMap((group) => group.paths ?? []))];
    return [main, ...(await Promise.all(paths.map((p) => get(new URL(p, resolved)))))];
  };

  return {
    async save(model: tf.LayersModel, name: string, options: { notes?: string } = {}): Promise<ModelRecord> {
      if (!(model instanceof tf.LayersModel))
        throw new Error('models.save: the first argument must be a tf.LayersModel (e.g. from tf.sequential()).');
      const nb = env.notebook();
      return saveModel(env.store(), model, name, {
        notes: options.notes,
        notebookId: nb?.id,
        notebookTitle: nb?.title,
        training: trainingOf(model),
      });
    },

    async load(ref: string): Promise<tf.LayersModel> {
      return loadStoredModel(env.store(), await find(ref, 'models.load'));
    },

    async list(options: { versions?: 'latest' | 'all' } = {}): Promise<ModelListRow[]> {
      const all = await env.store().list();
      return (options.versions === 'all' ? all : latestVersions(all)).map(listRow);
    },

    async delete(ref: string): Promise<string[]> {
      const record = await find(ref, 'models.delete');
      const all = await env.store().list();
      const doomed = ref === record.id || ref.includes('@') ? [record] : all.filter((m) => m.name === record.name);
      for (const m of doomed) await env.store().delete(m.id);
      return doomed.map(formatModelRef);
    },

    async import(
      source: string | File | Blob | ArrayBuffer | ArrayBufferView,
      options: { name?: string; fileName?: string; notes?: string } = {},
    ): Promise<ModelRecord> {
      let files: ModelFile[];
      if (typeof source === 'string') files = await fetchFiles(source);
      else if (source instanceof Blob || source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
        const fileName = options.fileName ?? (source instanceof File ? source.name : undefined);
        if (!fileName)
          throw new Error("models.import: say what the bytes are with { fileName: 'my_model.h5' } (its extension picks the format).");
        files = [{ name: fileName, bytes: await bytesOf(source) }];
      } else throw new Error('models.import: pass a URL on this site, a File or Blob, or bytes with { fileName }.');
      const nb = env.notebook();
      return importModel(env.store(), files, { name: options.name, notes: options.notes, notebookId: nb?.id, notebookTitle: nb?.title });
    },

    async export(ref: string, format: ModelFormat = 'keras'): Promise<string[]> {
      if (!FORMATS.includes(format))
        throw new Error(
          `models.export: the format must be one of ${FORMATS.map((f) => `'${f}'`).join(', ')} (got ${JSON.stringify(format)}).`,
        );
      const files = await exportModel(env.store(), await find(ref, 'models.export'), format);
      env.download(files);
      return files.map((f) => f.name);
    },
  };
}
