/**
 * Model files in and out, whatever the format: picks the reader from the files' names and first
 * bytes, and writes the files a format consists of. Everything a user drops on the Models page or
 * passes to models.import goes through here.
 */
import type { ModelFormat } from '../modelRecord';
import { modelNameFromFileName } from '../modelNames';
import type { ModelArtifactsData } from './modelArtifacts';
import { ModelFormatError } from './modelFormatError';
import { looksLikeHdf5 } from './h5';
import { readKerasH5 } from './readKerasH5';
import { readKerasZip } from './readKerasZip';
import { readTfjsLayers, writeTfjsLayers } from './tfjsLayersFormat';
import { writeKerasH5 } from './writeKerasH5';
import { writeKerasZip } from './writeKerasZip';

/** Imports larger than this are refused before they are read: a browser tab holds them in memory twice. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** One file as the user chose it. */
export interface ModelFile {
  name: string;
  bytes: Uint8Array;
}

/** An imported model, ready for the repository. */
export interface ImportedModel {
  artifacts: ModelArtifactsData;
  format: ModelFormat;
  /** The repository name: the main file's name without its extension. */
  name: string;
  fileName: string;
  kerasVersion?: string;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads one model from the chosen files: one .h5 or .keras file, or a model.json with its .bin shards. */
export async function importModelFiles(files: readonly ModelFile[]): Promise<ImportedModel> {
  if (files.length === 0)
    throw new ModelFormatError('Choose a model file: a Keras .h5 or .keras file, or a TensorFlow.js model.json with its .bin files.');
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > MAX_IMPORT_BYTES) {
    throw new ModelFormatError(
      `${files.map((f) => f.name).join(', ')} ${files.length > 1 ? 'are' : 'is'} ${formatMb(total)}; Sparkbook imports models up to ${formatMb(MAX_IMPORT_BYTES)}. Import a smaller model.`,
    );
  }
  const json = files.find((f) => /\.json$/i.test(f.name));
  if (json) return importTfjs(json, files);
  if (files.length > 1)
    throw new ModelFormatError(
      `Choose one model file at a time (got ${files.map((f) => f.name).join(', ')}); only a TensorFlow.js model.json comes with other files (its .bin weights).`,
    );
  const [file] = files;
  const kerasVersion = (a: ModelArtifactsData) => a.modelTopology.keras_version;
  if (/\.keras$/i.test(file.name) || (isZip(file.bytes) && !/\.h5|\.hdf5$/i.test(file.name))) {
    const artifacts = await readKerasZip(file.bytes, file.name);
    return {
      artifacts,
      format: 'keras',
      name: modelNameFromFileName(file.name),
      fileName: file.name,
      kerasVersion: kerasVersion(artifacts),
    };
  }
  if (/\.(h5|hdf5)$/i.test(file.name) || looksLikeHdf5(file.bytes)) {
    const artifacts = await readKerasH5(file.bytes, file.name);
    return { artifacts, format: 'h5', name: modelNameFromFileName(file.name), fileName: file.name, kerasVersion: kerasVersion(artifacts) };
  }
  throw new ModelFormatError(
    `${file.name} is not a model file Sparkbook can read. Choose a Keras .h5 or .keras file, or a TensorFlow.js model.json together with its .bin files.`,
  );
}

function importTfjs(json: ModelFile, files: readonly ModelFile[]): ImportedModel {
  const shards = new Map(files.filter((f) => f !== json).map((f) => [f.name.split(/[\\/]/).pop() ?? f.name, f.bytes]));
  const artifacts = readTfjsLayers(new TextDecoder().decode(json.bytes), shards);
  return { artifacts, format: 'tfjs', name: modelNameFromFileName(json.name), fileName: json.name };
}

/** A file to hand to the browser's download. */
export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
}

/** The files of `format` for a model called `baseName` (safe for a file name already). */
export async function exportModelFiles(artifacts: ModelArtifactsData, baseName: string, format: ModelFormat): Promise<ExportedFile[]> {
  switch (format) {
    case 'h5':
      return [{ name: `${baseName}.h5`, bytes: await writeKerasH5(artifacts), mimeType: 'application/x-hdf5' }];
    case 'keras':
      return [{ name: `${baseName}.keras`, bytes: await writeKerasZip(artifacts), mimeType: 'application/zip' }];
    case 'tfjs': {
      const { modelJson, weightFiles } = writeTfjsLayers(artifacts, baseName);
      return [
        { name: `${baseName}.json`, bytes: new TextEncoder().encode(modelJson), mimeType: 'application/json' },
        ...weightFiles.map((f) => ({ name: f.name, bytes: f.bytes, mimeType: 'application/octet-stream' })),
      ];
    }
  }
}

/** A name that is safe as a file name on every system: `mnist-lr/abc@2` → `mnist-lr_abc_v2`. */
export function modelFileBaseName(model: { name: string; version: number }): string {
  const name = model.name.replace(/[\\/:*?"<>|@\s]+/g, '_').slice(0, 100) || 'model';
  return model.version > 1 ? `${name}_v${model.version}` : name;
}
