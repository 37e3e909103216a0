/**
 * Moves a tfjs optimizer's state in and out of flat per-element arrays, the layout the
 * elementwise optimizers update, so that training can switch between them and tfjs mid-run.
 *
 * tfjs keys the state by position in the variable list that applyGradients was given (for
 * model.fit: collectedTrainableWeights order), not by name; `variables` must be in that order.
 * getWeights() lists [iterations, every variable's first state array, every variable's second, …];
 * the names (`${variable}/m` and so on) are only labels that setWeights keeps.
 */
import * as tf from '@tensorflow/tfjs';
import type { ElementwiseOptimizer } from '@/lib/cluster/elementwiseOptimizers';

/** A tfjs optimizer's state as flat per-element arrays over the concatenated trainable weights (same order as `variables`). */
export interface FlatOptimizerState {
  iterations: number;
  /** One per stateNames entry, each of length = total elements. */
  arrays: Float32Array[];
}

/** The shape of one trainable variable, in the optimizer's order. */
export interface OptimizerVariable {
  name: string;
  shape: number[];
  size: number;
}

/** What getWeights()/setWeights() pass around (tfjs does not export the type). */
interface NamedTensor {
  name: string;
  tensor: tf.Tensor;
}

interface StateSlot {
  originalName: string;
  variable: tf.Variable;
}

/**
 * Adamax's getWeights()/setWeights() throw in tfjs 4.22, so its state is read from and written
 * to these fields directly. Besides iterations_ it keeps its own step counter (`iteration`, for
 * the learning-rate decay) and a running beta1 power (`accBeta1`).
 */
interface AdamaxInternals {
  beta1: number;
  iterations_: number;
  iteration: tf.Variable;
  accBeta1: tf.Variable;
  accumulatedFirstMoment: StateSlot[];
  accumulatedWeightedInfNorm: StateSlot[];
}

function totalSize(variables: OptimizerVariable[]): number {
  return variables.reduce((n, v) => n + v.size, 0);
}

function checkClass(optimizer: tf.Optimizer, math: ElementwiseOptimizer): void {
  const name = optimizer.getClassName();
  if (name !== math.className) {
    throw new Error(`The optimizer is a ${name} but the update rule given is ${math.className}`);
  }
}

/** Copies each variable's state tensor into one flat array per state name. */
async function flatten(tensors: tf.Tensor[], math: ElementwiseOptimizer, variables: OptimizerVariable[]): Promise<Float32Array[]> {
  const total = totalSize(variables);
  const count = variables.length;
  if (tensors.length === 0) return math.initialState.map((value) => new Float32Array(total).fill(value));
  if (tensors.length !== math.stateNames.length * count) {
    throw new Error(
      `The ${math.className} optimizer holds ${tensors.length} state tensors; expected ${math.stateNames.length} ` +
        `(${math.stateNames.join(', ')}) for each of the ${count} trainable variables`,
    );
  }
  return Promise.all(
    math.stateNames.map(async (stateName, s) => {
      const flat = new Float32Array(total);
      let offset = 0;
      for (let i = 0; i < count; i++) {
        const t = tensors[s * count + i];
        if (t.size !== variables[i].size) {
          throw new Error(
            `The optimizer's ${stateName} state #${i} has ${t.size} elements but variable ${variables[i].name} has ` +
              `${variables[i].size}: are the variables in the order the optimizer saw them?`,
          );
        }
        flat.set(await t.data<'float32'>(), offset);
        offset += variables[i].size;
      }
      return flat;
    }),
  );
}

/** Cuts the flat arrays back into per-variable tensors, copying so tfjs never aliases shared memory. */
function unflatten(state: FlatOptimizerState, math: ElementwiseOptimizer, variables: OptimizerVariable[]): NamedTensor[] {
  const total = totalSize(variables);
  if (state.arrays.length !== math.stateNames.length || state.arrays.some((a) => a.length !== total)) {
    throw new Error(
      `${math.className} state needs ${math.stateNames.length} arrays of ${total} elements; got ` +
        `[${state.arrays.map((a) => a.length).join(', ')}]`,
    );
  }
  const out: NamedTensor[] = [];
  state.arrays.forEach((flat, s) => {
    let offset = 0;
    for (const v of variables) {
      // slice, not subarray: the cpu backend keeps the very array it is given.
      out.push({ name: `${v.name}/${math.stateNames[s]}`, tensor: tf.tensor(flat.slice(offset, offset + v.size), v.shape, 'float32') });
      offset += v.size;
    }
  });
  return out;
}

/** Reads optimizer.getWeights() into flat arrays; a fresh optimizer (no state yet) gives initialState-filled arrays. */
export async function readOptimizerState(
  optimizer: tf.Optimizer,
  math: ElementwiseOptimizer,
  variables: OptimizerVariable[],
): Promise<FlatOptimizerState> {
  checkClass(optimizer, math);
  if (math.className === 'Adamax') {
    const inner = optimizer as unknown as AdamaxInternals;
    const slots = [...inner.accumulatedFirstMoment, ...inner.accumulatedWeightedInfNorm];
    return {
      iterations: optimizer.iterations,
      arrays: await flatten(
        slots.map((s) => s.variable),
        math,
        variables,
      ),
    };
  }
  const saved = await optimizer.getWeights();
  // The first entry is a fresh iterations scalar; the rest are the optimizer's own variables.
  const [iter, ...rest] = saved;
  const iterations = (await iter.tensor.data())[0];
  iter.tensor.dispose();
  return {
    iterations,
    arrays: await flatten(
      rest.map((w) => w.tensor),
      math,
      variables,
    ),
  };
}

/** Writes flat arrays back with optimizer.setWeights(), named as tfjs names them, so the next applyGradients / model.fit continues from there. */
export async function writeOptimizerState(
  optimizer: tf.Optimizer,
  math: ElementwiseOptimizer,
  variables: OptimizerVariable[],
  state: FlatOptimizerState,
): Promise<void> {
  checkClass(optimizer, math);
  if (!Number.isInteger(state.iterations) || state.iterations < 0) {
    throw new Error(`iterations must be a whole number ≥ 0, got ${state.iterations}`);
  }
  const named = unflatten(state, math, variables);
  if (math.className === 'Adamax') {
    writeAdamax(optimizer as unknown as AdamaxInternals, variables.length, named, state.iterations);
    return;
  }
  // setWeights drops its old state variables without disposing them; we do, or every sync leaks the state.
  const old = await optimizer.getWeights();
  const iter = tf.scalar(state.iterations, 'int32');
  await optimizer.setWeights([{ name: 'iter', tensor: iter }, ...named]);
  // The optimizer's new variables hold their own reference to the data, so these can go.
  tf.dispose([iter, ...named.map((n) => n.tensor), ...old.map((w) => w.tensor)]);
}

function writeAdamax(inner: AdamaxInternals, count: number, named: NamedTensor[], iterations: number): void {
  const toSlots = (list: NamedTensor[]): StateSlot[] => list.map((n) => ({ originalName: n.name, variable: n.tensor.variable(false) }));
  tf.dispose([...inner.accumulatedFirstMoment, ...inner.accumulatedWeightedInfNorm].map((s) => s.variable));
  inner.accumulatedFirstMoment = toSlots(named.slice(0, count));
  inner.accumulatedWeightedInfNorm = toSlots(named.slice(count, 2 * count));
  tf.dispose(named.map((n) => n.tensor));
  inner.iterations_ = iterations;
  tf.tidy(() => {
    inner.iteration.assign(tf.scalar(iterations));
    inner.accBeta1.assign(tf.scalar(Math.pow(inner.beta1, iterations + 1)));
  });
}
