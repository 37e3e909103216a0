/**
 * The TensorFlow.js kernels a model runs, found by running it: each layer's forward pass (in
 * training mode) and backward pass on a 1-sample batch of zeros, then the loss and metrics, then
 * one step of a fresh optimizer of the model's class. Traced on the CPU backend, which has every
 * stock kernel and takes no backend-specific shortcuts (the WASM training kernels fuse the LSTM,
 * for one), so the list is what any backend would be asked for.
 *
 * The trace never touches the model's own tensors: each layer runs on zero stand-ins for its
 * weights. Reading a weight on the CPU backend would move it there from the model's backend, and
 * on WebGPU that move is a synchronous GPU read (tfjs-webgpu's readSync, through OffscreenCanvas),
 * which on SwiftShader ends the WebGPU instance: the fit's next read then fails with "A valid
 * external Instance reference no longer exists".
 */
import * as tf from '@tensorflow/tfjs';
import type { KernelNeed } from '../../../lib/cluster/kernelCheck';
import { compiledInternals, replaceWeightValue } from '../../sharedByWorkers/layersInternals';

/** What the work does: training needs backward passes (and maybe the optimizer); inference only forward ones. */
export interface TracePurpose {
  gradients: boolean;
  /** Include the loss and metrics (training and evaluation). */
  loss: boolean;
  /** Include one optimizer step (where the backend in question applies the optimizer). */
  optimizer: boolean;
}

const TRACE_BACKEND = 'cpu';

/** tf.profile also lists custom-gradient scopes; only names that ran as registered kernels count. */
const ranAsKernel = (name: string) => tf.getKernel(name, TRACE_BACKEND) != null;

async function kernelsRunBy(f: () => void): Promise<string[]> {
  const info = await tf.profile(() => {
    tf.tidy(f);
    return tf.scalar(0);
  });
  tf.dispose(info.result as tf.Tensor);
  return [...new Set(info.kernelNames)].filter(ranAsKernel).sort();
}

type SymbolicInputs = { shape: (number | null)[]; dtype: tf.DataType }[];

function layerInputs(layer: tf.layers.Layer): SymbolicInputs {
  // `layer.input` throws for a layer called more than once; its first call is as good a sample.
  const nodes = (layer as unknown as { inboundNodes: { inputTensors: SymbolicInputs }[] }).inboundNodes;
  return nodes[0]?.inputTensors ?? [];
}

/** Whether every input of the layer comes straight from the model's inputs (so no gradient flows into it). */
function fedByModelInputs(layer: tf.layers.Layer): boolean {
  const nodes = (layer as unknown as { inboundNodes: { inboundLayers: tf.layers.Layer[] }[] }).inboundNodes;
  return (nodes[0]?.inboundLayers ?? []).every((l) => l.getClassName() === 'InputLayer');
}

const sumAll = (out: tf.Tensor | tf.Tensor[]) =>
  (Array.isArray(out) ? out : [out]).map((t) => tf.sum(t.toFloat())).reduce((a, b) => tf.add(a, b)) as tf.Scalar;

async function layerNeed(layer: tf.layers.Layer, purpose: TracePurpose): Promise<KernelNeed> {
  const symbolic = layerInputs(layer);
  const kernels = await withStandInWeights(layer, () => layerKernels(layer, symbolic, purpose));
  return { part: layer.name, className: layer.getClassName(), kernels };
}

/**
 * Runs `f` with each of the layer's weights reading as zeros of its shape on the trace backend,
 * then puts the real ones back. A training-mode pass writes to the stand-ins too, so
 * BatchNormalization's moving statistics stay as they were.
 */
async function withStandInWeights<T>(layer: tf.layers.Layer, f: () => Promise<T>): Promise<T> {
  const weights = layer.weights;
  const standIns = tf.tidy(() => weights.map((w) => tf.variable(tf.zeros(w.shape as number[], w.dtype), w.trainable)));
  const real = weights.map((w, i) => replaceWeightValue(w, standIns[i]));
  try {
    return await f();
  } finally {
    weights.forEach((w, i) => replaceWeightValue(w, real[i]));
    tf.dispose(standIns);
  }
}

async function layerKernels(layer: tf.layers.Layer, symbolic: SymbolicInputs, purpose: TracePurpose): Promise<string[]> {
  return kernelsRunBy(() => {
    const xs = symbolic.map((s) => tf.zeros([1, ...s.shape.slice(1).map((d) => d ?? 1)], s.dtype));
    const call = (inputs: tf.Tensor[]) =>
      layer.apply(inputs.length === 1 ? inputs[0] : inputs, { training: purpose.gradients }) as tf.Tensor | tf.Tensor[];
    if (!purpose.gradients) {
      call(xs);
      return;
    }
    const variables = layer.trainableWeights.map((w) => w.read() as tf.Variable);
    if (variables.length) tf.variableGrads(() => sumAll(call(xs)), variables);
    else call(xs);
    const floatInputs = xs.every((x) => x.dtype === 'float32');
    if (!fedByModelInputs(layer) && floatInputs) tf.grads((...inputs: tf.Tensor[]) => sumAll(call(inputs)))(xs);
  });
}

async function lossNeed(model: tf.LayersModel, purpose: TracePurpose): Promise<KernelNeed> {
  const internals = compiledInternals(model);
  const kernels = await kernelsRunBy(() => {
    model.outputs.forEach((output, i) => {
      const shape = [1, ...output.shape.slice(1).map((d) => d ?? 1)];
      const yTrue = tf.zeros(shape);
      const yPred = tf.fill(shape, 0.5);
      const loss = internals.lossFunctions[i] ?? internals.lossFunctions[0];
      if (purpose.gradients) tf.grads((p: tf.Tensor) => tf.mean(loss(yTrue, p)))([yPred]);
      else loss(yTrue, yPred);
      for (const [metric, outputIndex] of internals.metricsTensors) if (outputIndex === i) metric(yTrue, yPred);
    });
  });
  return { part: 'loss', className: String((model as unknown as { loss: unknown }).loss), kernels };
}

let optimizerTraceCount = 0;

async function optimizerNeed(model: tf.LayersModel): Promise<KernelNeed | null> {
  const optimizer = model.optimizer as (tf.Optimizer & { getClassName(): string; getConfig(): tf.serialization.ConfigDict }) | undefined;
  const entry = optimizer && tf.serialization.SerializationMap.getMap().classNameMap[optimizer.getClassName()];
  if (!optimizer || !entry) return null;
  const [cls, fromConfig] = entry;
  const fresh = fromConfig(cls, optimizer.getConfig()) as unknown as tf.Optimizer;
  const name = `sparkbook_preflight_${++optimizerTraceCount}`;
  const variable = tf.tidy(() => tf.variable(tf.zeros([2]), true, name));
  try {
    const kernels = await kernelsRunBy(() => fresh.applyGradients({ [name]: tf.ones([2]) }));
    return { part: 'optimizer', className: optimizer.getClassName(), kernels };
  } finally {
    fresh.dispose();
    variable.dispose();
  }
}

const traced = new WeakMap<tf.LayersModel, Map<string, KernelNeed[]>>();

function traceKey(model: tf.LayersModel, purpose: TracePurpose): string {
  const optimizer = model.optimizer as (tf.Optimizer & { getClassName(): string }) | undefined;
  return JSON.stringify([purpose, String((model as unknown as { loss: unknown }).loss), optimizer?.getClassName()]);
}

/**
 * The kernels each part of the model runs for `purpose`. Remembered per model (and compile
 * settings), so only a model's first job pays for the trace.
 */
export async function traceModelKernels(model: tf.LayersModel, purpose: TracePurpose): Promise<KernelNeed[]> {
  const key = traceKey(model, purpose);
  const cached = traced.get(model)?.get(key);
  if (cached) return cached;
  const previous = tf.getBackend();
  await tf.setBackend(TRACE_BACKEND);
  let needs: KernelNeed[];
  try {
    needs = [];
    for (const layer of model.layers) {
      if (layer.getClassName() === 'InputLayer') continue;
      needs.push(await layerNeed(layer, purpose));
    }
    if (purpose.loss) needs.push(await lossNeed(model, purpose));
    if (purpose.optimizer) {
      const need = await optimizerNeed(model);
      if (need) needs.push(need);
    }
  } finally {
    if (previous && previous !== TRACE_BACKEND) await tf.setBackend(previous);
  }
  if (!traced.has(model)) traced.set(model, new Map());
  traced.get(model)!.set(key, needs);
  return needs;
}
