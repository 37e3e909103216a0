/**
 * Routes tfjs-layers' LSTMCell.call (every tf.layers.lstm, lstmCell and stacked cells) through
 * the fused step kernel (lstmCellKernels.ts) while our WASM kernels are registered and 'wasm' is
 * the active backend, for the configurations it reproduces exactly: tanh activation, hardSigmoid
 * (tfjs's default) or sigmoid recurrent activation, a bias, no dropout, float32. Anything else
 * runs tfjs's own call, unchanged.
 */
import * as tf from '@tensorflow/tfjs';
import type { RecurrentActivation } from './lstmCellMath';
import { LSTM_CELL_KERNEL, type LstmCellAttrs } from './lstmCellKernels';

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

type CellCall = (this: LstmCellLike, inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>) => tf.Tensor | tf.Tensor[];

let originalCall: CellCall | null = null;
let enabled = false;

const dropsOut = (rate: number) => rate > 0 && rate < 1;

/** The attrs for the fused kernel, or null when tfjs's own call must run. */
export function fusedLstmAttrs(cell: LstmCellLike, inputs: tf.Tensor | tf.Tensor[]): LstmCellAttrs | null {
  if (!Array.isArray(inputs) || inputs.length !== 3) return null;
  const [x, h, c] = inputs;
  if (x.rank !== 2 || h.rank !== 2 || c.rank !== 2) return null;
  if (![x, h, c].every((t) => t.dtype === 'float32')) return null;
  if (cell.activation.getClassName() !== 'tanh') return null;
  const recurrentActivation = cell.recurrentActivation.getClassName();
  if (recurrentActivation !== 'hardSigmoid' && recurrentActivation !== 'sigmoid') return null;
  if (!cell.useBias || cell.bias == null || dropsOut(cell.dropout) || dropsOut(cell.recurrentDropout)) return null;
  return { recurrentActivation };
}

function fusedCall(cell: LstmCellLike, inputs: tf.Tensor[], attrs: LstmCellAttrs): tf.Tensor[] {
  const [x, h, c] = inputs;
  const kernel = cell.kernel.read();
  const recurrentKernel = cell.recurrentKernel.read();
  const bias = (cell.bias as { read(): tf.Tensor }).read();
  // The cache (third output) is kept by the engine for the gradient when a tape records; else freed here.
  const [hNext, cNext, cache] = tf.engine().runKernel(LSTM_CELL_KERNEL, { x, h, c, kernel, recurrentKernel, bias }, { ...attrs }) as tf.Tensor[];
  cache.dispose();
  return [hNext, hNext, cNext];
}

function lstmCellPrototype(): { call: CellCall } {
  // From tfjs-layers' class registry rather than a probe instance, which would take a layer name.
  const entry = tf.serialization.SerializationMap.getMap().classNameMap.LSTMCell;
  if (!entry) throw new Error("tfjs-layers has registered no 'LSTMCell' class; import @tensorflow/tfjs (layers included) before the WASM training kernels.");
  return entry[0].prototype as unknown as { call: CellCall };
}

/** Patches LSTMCell.prototype.call once; the patch does nothing until enableFusedLstmCell(true). */
export function installFusedLstmCell() {
  if (originalCall) return;
  const proto = lstmCellPrototype();
  const original = proto.call;
  originalCall = original;
  proto.call = function (this: LstmCellLike, inputs, kwargs) {
    const attrs = enabled && tf.getBackend() === 'wasm' ? fusedLstmAttrs(this, inputs) : null;
    return attrs ? fusedCall(this, inputs as tf.Tensor[], attrs) : original.call(this, inputs, kwargs);
  };
}

/** Turns the fused path on (our kernels registered) or off (stock WASM, or comparing against tfjs). */
export function enableFusedLstmCell(on: boolean) {
  enabled = on;
}

/** Whether LSTMCell.call takes the fused path on 'wasm' now. */
export function fusedLstmCellEnabled() {
  return enabled && originalCall != null;
}
