/**
 * The repository's operations that both sides use: cells (models.save/import/export in the
 * kernel worker) and the Models page (Import model, Download). Stores hold data; these decide
 * what a save records and check an import before anything is stored.
 */
import type * as tf from '@tensorflow/tfjs';
import type { ModelStore } from '../persistence/modelStore';
import type { ExportedFile, ModelFile } from './formats/modelFiles';
import type { ModelArtifactsData } from './formats/modelArtifacts';
import { exportModelFiles, importModelFiles, modelFileBaseName } from './formats/modelFiles';
import { architectureOf, artifactsOf, loadModelFromArtifacts, weightBytesOf, withoutOptimizerWeights } from './modelMetadata';
import type { ModelFormat, ModelRecord, ModelTraining } from './modelRecord';
import { checkModelName } from './modelNames';

/** Where a model came from, recorded with it. */
export interface ModelOrigin {
  notes?: string;
  notebookId?: string;
  notebookTitle?: string;
  training?: ModelTraining;
  /** A sweep configuration's model: the sweep, its key and its result row. */
  sweep?: ModelRecord['sweep'];
}

/** Saves a live model (architecture, weights, compile settings and optimizer state) as the next version of `name`. */
export async function saveModel(store: ModelStore, model: tf.LayersModel, name: string, origin: ModelOrigin = {}): Promise<ModelRecord> {
  const checkedName = checkModelName(name, 'models.save');
  const artifacts = await artifactsOf(model);
  return store.save(
    {
      name: checkedName,
      notes: origin.notes ?? '',
      ...architectureOf(model),
      weightBytes: weightBytesOf(artifacts),
      notebookId: origin.notebookId,
      notebookTitle: origin.notebookTitle,
      training: origin.training,
      sweep: origin.sweep,
    },
    artifacts,
  );
}

/**
 * Reads model files, rebuilds the model to prove every weight fits its layer, and only then
 * stores it (under `name`, or the file's name without its extension). A bad file stores nothing.
 */
export async function importModel(
  store: ModelStore,
  files: readonly ModelFile[],
  options: { name?: string } & ModelOrigin = {},
): Promise<ModelRecord> {
  const imported = await importModelFiles(files);
  const model = await loadModelFromArtifacts(imported.artifacts, imported.fileName);
  try {
    const name = options.name === undefined ? imported.name : checkModelName(options.name, 'models.import');
    return await store.save(
      {
        name,
        notes: options.notes ?? '',
        ...architectureOf(model),
        weightBytes: weightBytesOf(imported.artifacts),
        notebookId: options.notebookId,
        notebookTitle: options.notebookTitle,
        importedFrom: {
          fileName: imported.fileName,
          format: imported.format,
          kerasVersion: imported.kerasVersion,
          notes: imported.artifacts.importNotes,
        },
      },
      storedArtifacts(imported.artifacts),
    );
  } finally {
    model.dispose();
  }
}

/** The artifacts as stored: the import's notes live in the model's record, not beside the weights. */
function storedArtifacts({ importNotes: _notes, ...artifacts }: ModelArtifactsData): ModelArtifactsData {
  return artifacts;
}

/** The files of one stored model in `format`, named after the model (and its version past the first). */
export async function exportModel(store: ModelStore, record: ModelRecord, format: ModelFormat): Promise<ExportedFile[]> {
  const artifacts = withoutOptimizerWeights(await store.artifacts(record.id));
  return exportModelFiles(artifacts, modelFileBaseName(record), format);
}

/** Rebuilds a stored model, compiled when it was saved compiled. */
export async function loadStoredModel(store: ModelStore, record: ModelRecord): Promise<tf.LayersModel> {
  return loadModelFromArtifacts(await store.artifacts(record.id), `Model ${record.name}@${record.version}`);
}
