/**
 * What the repository records about a model's architecture (class, parameter count, layers,
 * input and output shapes, loss and optimizer), read from a live tf.LayersModel. An imported
 * file is loaded into one first, which also proves its weights fit its layers.
 */
import * as tf from '@tensorflow/tfjs';
import type { ModelArtifactsData } from './formats/modelArtifacts';
import { ModelFormatError } from './formats/modelFormatError';
import type { NewModel } from './modelRecord';
import { modelSummary } from './modelSummary';

export type ArchitectureMetadata = Pick<
  NewModel,
  'className' | 'params' | 'layers' | 'inputShapes' | 'outputShapes' | 'loss' | 'optimizer' | 'summary'
>;

const shapeOf = (t: tf.SymbolicTensor) => t.shape.map((d) => (d == null ? null : d));

export function architectureOf(model: tf.LayersModel): ArchitectureMetadata {
  const loss = (model as unknown as { loss?: unknown }).loss;
  return {
    className: model.getClassName(),
    params: model.countParams(),
    layers: model.layers.length,
    inputShapes: model.inputs.map(shapeOf),
    outputShapes: model.outputs.map(shapeOf),
    loss: typeof loss === 'string' ? loss : Array.isArray(loss) ? loss.map(String).join(', ') : undefined,
    optimizer: model.optimizer ? (model.optimizer as tf.Optimizer & { getClassName(): string }).getClassName() : undefined,
    summary: modelSummary(model),
  };
}

/** The artifacts as tf.io.fromMemory takes them. */
export function toModelArtifacts(artifacts: ModelArtifactsData): tf.io.ModelArtifacts {
  return {
    modelTopology: artifacts.modelTopology as unknown as tf.io.ModelArtifacts['modelTopology'],
    weightSpecs: artifacts.weightSpecs,
    weightData: artifacts.weightData,
    trainingConfig: artifacts.trainingConfig,
    format: 'layers-model',
  };
}

/** Builds the model (compiled when the artifacts carry compile settings); tfjs checks every weight's shape. */
export async function loadModelFromArtifacts(artifacts: ModelArtifactsData, what: string): Promise<tf.LayersModel> {
  try {
    return await tf.loadLayersModel(tf.io.fromMemory(toModelArtifacts(artifacts)));
  } catch (error) {
    if (error instanceof ModelFormatError) throw error;
    throw new ModelFormatError(`${what} could not be rebuilt in TensorFlow.js: ${(error as Error)?.message ?? String(error)}`, {
      cause: error,
    });
  }
}

/** The artifacts of a live model, with its optimizer's state when it is compiled (so training can go on after load). */
export async function artifactsOf(model: tf.LayersModel): Promise<ModelArtifactsData> {
  let saved: tf.io.ModelArtifacts | null = null;
  const handler = tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  });
  try {
    await withoutIterationLeak(model.optimizer, () => model.save(handler, { includeOptimizer: model.optimizer != null }));
  } catch (error) {
    // Some tfjs optimizers (Adamax) cannot hand out their state; keep the compile settings
    // without it, so the model still loads compiled and its optimizer starts afresh.
    if (model.optimizer == null) throw error;
    await model.save(handler, { includeOptimizer: false });
    const a = saved as tf.io.ModelArtifacts | null;
    if (a) a.trainingConfig = (model as unknown as { getTrainingConfig(): tf.io.TrainingConfig }).getTrainingConfig();
  }
  const a = saved as tf.io.ModelArtifacts | null;
  if (!a || !a.weightSpecs || !a.modelTopology) throw new Error('TensorFlow.js returned no artifacts for the model.');
  const weightData = a.weightData instanceof ArrayBuffer ? a.weightData : tf.io.concatenateArrayBuffers(a.weightData ?? []);
  return {
    modelTopology: a.modelTopology as ModelArtifactsData['modelTopology'],
    weightSpecs: a.weightSpecs,
    weightData,
    trainingConfig: a.trainingConfig,
  };
}

type IterationSaver = { saveIterations(): Promise<{ name: string; tensor: tf.Tensor }> };

/**
 * tfjs's optimizers hand their iteration count to model.save as a fresh scalar that nothing
 * disposes, one leaked tensor per save; the bytes are copied into the artifacts, so the scalar
 * is disposed as soon as save returns.
 */
async function withoutIterationLeak<T>(optimizer: tf.Optimizer | undefined, save: () => Promise<T>): Promise<T> {
  if (!optimizer) return save();
  const saver = optimizer as unknown as IterationSaver;
  const original = saver.saveIterations;
  const made: tf.Tensor[] = [];
  saver.saveIterations = async function (this: IterationSaver) {
    const entry = await original.call(this);
    made.push(entry.tensor);
    return entry;
  };
  try {
    return await save();
  } finally {
    delete (saver as Partial<IterationSaver>).saveIterations;
    tf.dispose(made);
  }
}

/** The artifacts less the optimizer's state: model files (Keras, tfjs) carry the model's weights only. */
export function withoutOptimizerWeights(artifacts: ModelArtifactsData): ModelArtifactsData {
  const keep = artifacts.weightSpecs.findIndex((s) => s.group === 'optimizer');
  if (keep === -1) return artifacts;
  const bytes = artifacts.weightSpecs
    .slice(0, keep)
    .reduce((sum, s) => sum + s.shape.reduce((n, d) => n * d, 1) * bytesPerElement(s.dtype), 0);
  return { ...artifacts, weightSpecs: artifacts.weightSpecs.slice(0, keep), weightData: artifacts.weightData.slice(0, bytes) };
}

function bytesPerElement(dtype: string): number {
  if (dtype === 'float32' || dtype === 'int32') return 4;
  if (dtype === 'bool' || dtype === 'uint8') return 1;
  throw new ModelFormatError(`Weights of type ${dtype} are not supported; Sparkbook stores float32 and int32 weights.`);
}

/** Bytes of the model's own weights (not the optimizer's). */
export function weightBytesOf(artifacts: ModelArtifactsData): number {
  return withoutOptimizerWeights(artifacts).weightData.byteLength;
}
