/**
 * Routes tfjs-layers' LSTM through our fused kernels while our WASM kernels are registered and
 * 'wasm' is the active backend, for the cells they reproduce exactly: tanh activation,
 * hardSigmoid (tfjs's default) or sigmoid recurrent activation, a bias, no dropout, float32.
 *
 * - LSTM.call (tf.layers.lstm) runs the whole sequence as one kernel (lstmSequenceKernels.ts)
 *   when the layer has no mask, no initial state and is not stateful;
 * - otherwise LSTMCell.call (those layers, tf.layers.rnn over an lstmCell, stacked cells) runs
 *   each time step as one kernel (lstmCellKernels.ts).
 *
 * Anything else runs tfjs's own call, unchanged.
 */
import * as tf from '@tensorflow/tfjs';
import type { RecurrentActivation } from './lstmCellMath';
import { LSTM_CELL_KERNEL, type LstmCellAttrs } from './lstmCellKernels';
import { LSTM_SEQUENCE_KERNEL, type LstmSequenceAttrs } from './lstmSequenceKernels';

/** The parts of tfjs-layers' LSTMCell we read (its class is not exported as a type we can use). */
interface LstmCellLike {
  activation: { getClassName(): string };
  recurrentActivation: { getClassName(): string };
  useBias: boolean;
  dropout: number;
  recurrentDropout: number;
  kernel: { read(): tf.Tensor };
  recurrentKernel: { read(): tf.Tensor };
  bias: { read(): tf.Tensor } | null;
}

/** The parts of tfjs-layers' LSTM layer we read. */
interface LstmLayerLike {
  cell: LstmCellLike;
  returnSequences: boolean;
  returnState: boolean;
  goBackwards: boolean;
  stateful: boolean;
}

type Call<T> = (this: T, inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown> | undefined) => tf.Tensor | tf.Tensor[];

let installed = false;
let enabled = false;
let sequenceEnabled = true;

const dropsOut = (rate: number) => rate > 0 && rate < 1;

/** The recurrent activation when our kernels compute `cell` exactly, else null. */
function fusableCell(cell: LstmCellLike): RecurrentActivation | null {
  if (cell.activation.getClassName() !== 'tanh') return null;
  const recurrentActivation = cell.recurrentActivation.getClassName();
  if (recurrentActivation !== 'hardSigmoid' && recurrentActivation !== 'sigmoid') return null;
  if (!cell.useBias || cell.bias == null || dropsOut(cell.dropout) || dropsOut(cell.recurrentDropout)) return null;
  return recurrentActivation;
}

/** The attrs for the one-step kernel, or null when tfjs's own LSTMCell.call must run. */
export function fusedLstmAttrs(cell: LstmCellLike, inputs: tf.Tensor | tf.Tensor[]): LstmCellAttrs | null {
  if (!Array.isArray(inputs) || inputs.length !== 3) return null;
  if (!inputs.every((t) => t.rank === 2 && t.dtype === 'float32')) return null;
  const recurrentActivation = fusableCell(cell);
  return recurrentActivation ? { recurrentActivation } : null;
}

/** The input and attrs for the whole-sequence kernel, or null when tfjs's own LSTM.call must run. */
export function fusedSequenceAttrs(layer: LstmLayerLike, inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown> | undefined) {
  const x = Array.isArray(inputs) ? (inputs.length === 1 ? inputs[0] : null) : inputs;
  if (!x || x.rank !== 3 || x.dtype !== 'float32' || x.shape[1] === 0) return null;
  if (kwargs?.mask != null || kwargs?.initialState != null || layer.stateful) return null;
  const recurrentActivation = fusableCell(layer.cell);
  if (!recurrentActivation) return null;
  const attrs: LstmSequenceAttrs = { recurrentActivation, goBackwards: layer.goBackwards, returnSequences: layer.returnSequences };
  return { x, attrs };
}

function weights(cell: LstmCellLike) {
  return { kernel: cell.kernel.read(), recurrentKernel: cell.recurrentKernel.read(), bias: (cell.bias as { read(): tf.Tensor }).read() };
}

function fusedCellCall(cell: LstmCellLike, inputs: tf.Tensor[], attrs: LstmCellAttrs): tf.Tensor[] {
  const [x, h, c] = inputs;
  return tf.tidy(() => {
    // The cache (third output) is kept by the engine for the gradient when a tape records; the tidy frees this handle.
    const [hNext, cNext] = tf.engine().runKernel(LSTM_CELL_KERNEL, { x, h, c, ...weights(cell) }, { ...attrs }) as tf.Tensor[];
    return [hNext, hNext, cNext];
  });
}

function fusedSequenceCall(layer: LstmLayerLike, x: tf.Tensor, attrs: LstmSequenceAttrs): tf.Tensor | tf.Tensor[] {
  return tf.tidy(() => {
    const [output, hLast, cLast] = tf.engine().runKernel(LSTM_SEQUENCE_KERNEL, { x, ...weights(layer.cell) }, { ...attrs }) as tf.Tensor[];
    return layer.returnState ? [output, hLast, cLast] : output;
  });
}

/** tfjs-layers' class `name`'s prototype, from its class registry (a probe instance would take a layer name). */
function prototypeOf<T>(name: string): { call: Call<T> } {
  const entry = tf.serialization.SerializationMap.getMap().classNameMap[name];
  if (!entry)
    throw new Error(
      `tfjs-layers has registered no '${name}' class; import @tensorflow/tfjs (layers included) before the WASM training kernels.`,
    );
  return entry[0].prototype as unknown as { call: Call<T> };
}

const active = () => enabled && tf.getBackend() === 'wasm';

/** Patches LSTM.prototype.call and LSTMCell.prototype.call once; the patches do nothing until enableFusedLstmCell(true). */
export function installFusedLstmCell() {
  if (installed) return;
  const cell = prototypeOf<LstmCellLike>('LSTMCell');
  const originalCellCall = cell.call;
  cell.call = function (inputs, kwargs) {
    const attrs = active() ? fusedLstmAttrs(this, inputs) : null;
    return attrs ? fusedCellCall(this, inputs as tf.Tensor[], attrs) : originalCellCall.call(this, inputs, kwargs);
  };
  const layer = prototypeOf<LstmLayerLike>('LSTM');
  const originalLayerCall = layer.call;
  layer.call = function (inputs, kwargs) {
    const plan = active() && sequenceEnabled ? fusedSequenceAttrs(this, inputs, kwargs) : null;
    return plan ? fusedSequenceCall(this, plan.x, plan.attrs) : originalLayerCall.call(this, inputs, kwargs);
  };
  installed = true;
}

/** Turns the fused paths on (our kernels registered) or off (stock WASM, or comparing against tfjs). */
export function enableFusedLstmCell(on: boolean) {
  enabled = on;
}

/** With `false`, tf.layers.lstm runs tfjs's time loop over the fused cell (the benchmark compares the two). */
export function enableFusedLstmSequence(on: boolean) {
  sequenceEnabled = on;
}
