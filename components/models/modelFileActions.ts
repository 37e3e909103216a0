/**
 * The page's side of the repository's file work: files from a picker or a drop become
 * ModelFiles, and a Download saves a model's files. Reading a Keras file and rebuilding the
 * model needs TensorFlow.js and h5wasm, so they load only when a file is imported or exported.
 */
import type { ModelFormat, ModelRecord } from '../../lib/models/modelRecord';
import { modelStore } from '../../lib/state/browserStores';
import { downloadFile } from '../shell/downloadFile';

async function repository() {
  const [tf, repo] = await Promise.all([import('@tensorflow/tfjs'), import('../../lib/models/modelRepository')]);
  // Importing only builds the model's variables to check its weights: the CPU backend does that
  // without taking a GPU context from the page.
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  return repo;
}

/** Imports the chosen files (one .h5 / .keras, or model.json with its .bin files) into the repository. */
export async function importChosenFiles(files: readonly File[]): Promise<ModelRecord> {
  const chosen = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const { importModel } = await repository();
  return importModel(modelStore(), chosen);
}

/** Saves the model's files in `format` through the browser's download. */
export async function downloadModel(model: ModelRecord, format: ModelFormat): Promise<string[]> {
  const { exportModel } = await import('../../lib/models/modelRepository');
  const files = await exportModel(modelStore(), model, format);
  for (const f of files) downloadFile(f.name, f.bytes as Uint8Array<ArrayBuffer>, f.mimeType);
  return files.map((f) => f.name);
}

export const FORMAT_LABELS: Record<ModelFormat, string> = {
  keras: 'Keras 3 .keras',
  h5: 'Keras .h5',
  tfjs: 'TF.js .json + .bin',
};
