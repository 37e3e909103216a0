/**
 * A model in the repository: its metadata (what the Models page lists) and, stored apart, its
 * artifacts (architecture, weights, compile settings). Records are zod-validated when read,
 * because IndexedDB may hold what another version of the app wrote.
 */
import { z } from 'zod';
import { jobConfigSchema } from '../jobs/jobRecord';
import type { ModelArtifactsData } from './formats/modelArtifacts';
import { ModelSummarySchema } from '../outputs/mime';
import { sweepRowSchema } from '../experiments/sweepSummary';

const shapeSchema = z.array(z.number().nullable());

/** The training that produced the weights: the job's id (a spark.fit job) and its final metrics. */
export const modelTrainingSchema = z.object({
  /** 'spark.fit' and 'spark.sweep' jobs are in the job history under jobId; 'model.fit' trains in the kernel and keeps no job. */
  by: z.enum(['spark.fit', 'spark.sweep', 'model.fit']),
  jobId: z.string().optional(),
  config: jobConfigSchema.partial().optional(),
  /** The last epoch's values: loss, acc, val_loss, … */
  metrics: z.record(z.string(), z.number()),
});
export type ModelTraining = z.infer<typeof modelTrainingSchema>;

export const modelFormatSchema = z.enum(['h5', 'keras', 'tfjs']);
/** A model file format: Keras HDF5, Keras 3 (.keras zip), or TensorFlow.js layers (model.json + .bin). */
export type ModelFormat = z.infer<typeof modelFormatSchema>;

export const modelRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** 1 for the first model saved under a name, then 2, 3, … */
  version: z.number().int().positive(),
  createdAt: z.number(),
  notes: z.string(),
  /** 'Sequential', 'Functional', … */
  className: z.string(),
  params: z.number().int().nonnegative(),
  layers: z.number().int().nonnegative(),
  inputShapes: z.array(shapeSchema),
  outputShapes: z.array(shapeSchema),
  /** Loss and optimizer when the model was saved compiled. */
  loss: z.string().optional(),
  optimizer: z.string().optional(),
  weightBytes: z.number().int().nonnegative(),
  /** The Keras-style summary (layers, output shapes, parameters), so its page needs no TensorFlow.js. */
  summary: ModelSummarySchema,
  notebookId: z.string().optional(),
  notebookTitle: z.string().optional(),
  training: modelTrainingSchema.optional(),
  /** A sweep configuration's model: the sweep, the configuration's key, and its result (what a rerun reuses). */
  sweep: z.object({ name: z.string(), key: z.string(), row: sweepRowSchema }).optional(),
  /** For an imported model: the file it came from and its format. */
  importedFrom: z
    .object({
      fileName: z.string(),
      format: modelFormatSchema,
      kerasVersion: z.string().optional(),
      /** What the import left out and why (e.g. compile settings TensorFlow.js cannot reproduce). */
      notes: z.array(z.string()).optional(),
    })
    .optional(),
});
export type ModelRecord = z.infer<typeof modelRecordSchema>;

/** The artifacts, keyed by the model's id; what tf.loadLayersModel(tf.io.fromMemory(...)) takes. */
export const modelArtifactsRecordSchema = z.object({
  id: z.string().min(1),
  modelTopology: z.object({ class_name: z.string(), config: z.unknown() }).passthrough(),
  weightSpecs: z.array(
    z
      .object({ name: z.string(), shape: z.array(z.number()), dtype: z.enum(['float32', 'int32', 'bool', 'string', 'complex64']) })
      .passthrough(),
  ),
  weightData: z.instanceof(ArrayBuffer),
  trainingConfig: z.record(z.string(), z.unknown()).optional(),
});
/** The schema checks the structure; the type is tfjs's, which the schema's passthrough fields complete. */
export type ModelArtifactsRecord = ModelArtifactsData & { id: string };

/** What a caller supplies to save: the record less what the repository assigns. */
export type NewModel = Omit<ModelRecord, 'id' | 'version' | 'createdAt'>;
