// Per-kernel profile of one training step of the three benchmark models (CNN, MLP, LSTM) on the WASM
// backend in Node: the same V8 and the same single-threaded WASM binary as the browser bench,
// at a fraction of its cost. For each model it prints the step time (no profiler), the sum of
// kernel times under tf.profile (the rest is framework overhead: tape, engine bookkeeping,
// allocation), and the top kernels with ms/step and their share of the step. Times are this
// process's CPU time (process.cpuUsage), not wall time, so a busy machine skews them less.
//
// Node 20's V8 has WebAssembly relaxed SIMD behind a flag; without it gemm.wat's plain-SIMD build
// runs instead of the fused-multiply-add one that browsers get. So, as in docs/performance.md:
//   node --experimental-wasm-relaxed-simd bench/profileKernels.mjs   # Sparkbook's kernels
//   node --experimental-wasm-relaxed-simd -e "globalThis.__sparkbookGemm='off'; import('./bench/profileKernels.mjs')"
//                                              # the same, products and convolutions on XNNPACK
//   PROFILE_STOCK=1 node bench/profileKernels.mjs   # stock tfjs-backend-wasm (CNN cannot train)
//   PROFILE_MODELS=lstm PROFILE_TOP=20 node bench/profileKernels.mjs
//   PROFILE_LSTM=unfused node bench/profileKernels.mjs   # our kernels, but tfjs's own LSTM ops
//   PROFILE_LSTM=cell node bench/profileKernels.mjs      # tfjs's time loop over our one-step kernel
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILD_MODELS_SOURCE } from './benchModels.mjs';

const require = createRequire(import.meta.url);
require('sucrase/register/ts'); // lets us require the kernels' TypeScript sources
const tf = require('@tensorflow/tfjs');
const wasmBackend = require('@tensorflow/tfjs-backend-wasm');
const { registerWasmTrainingKernels } = require('../kernels/wasm-training/register.ts');
const { enableFusedLstmCell, enableFusedLstmSequence } = require('../kernels/wasm-training/fusedLstmCell.ts');

const stock = Boolean(process.env.PROFILE_STOCK);
const lstmPath = process.env.PROFILE_LSTM ?? 'sequence'; // sequence | cell | unfused
const models = (process.env.PROFILE_MODELS ?? 'cnn,mlp,lstm').split(',');
const top = Number(process.env.PROFILE_TOP ?? 12);
const steps = Number(process.env.PROFILE_STEPS ?? 10);

/** Milliseconds of CPU time this process has used. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// The bench's models, batch sizes and optimizer (bench/trainingThroughput.mjs). The networks have
// one definition, benchModels.mjs (source text for a notebook cell), evaluated here with our tf.
const buildModel = new Function('tf', `${BUILD_MODELS_SOURCE}\nreturn buildModel;`)(tf);
const specs = {
  cnn: { batch: 64, x: [28, 28, 1], y: [10], loss: 'categoricalCrossentropy', build: buildModel.cnn },
  mlp: { batch: 256, x: [784], y: [10], loss: 'categoricalCrossentropy', build: buildModel.mlp },
  lstm: { batch: 64, x: [10, 3], y: [30], loss: 'meanSquaredError', build: buildModel.lstm },
};

async function profileModel(name) {
  const spec = specs[name];
  const model = spec.build();
  model.compile({ optimizer: tf.train.sgd(0.01), loss: spec.loss });
  const x = tf.randomUniform([spec.batch, ...spec.x]);
  const y =
    spec.loss === 'meanSquaredError'
      ? tf.randomUniform([spec.batch, ...spec.y])
      : tf.oneHot(tf.randomUniform([spec.batch], 0, 10, 'int32'), 10);
  const step = () => model.trainOnBatch(x, y);
  try {
    for (let i = 0; i < 3; i++) await step(); // warm-up: packing, first allocations
    const t0 = cpuMs();
    for (let i = 0; i < steps; i++) await step();
    const stepMs = (cpuMs() - t0) / steps;

    const byKernel = new Map();
    const info = await tf.profile(async () => {
      for (let i = 0; i < steps; i++) await step();
    });
    for (const k of info.kernels) {
      const entry = byKernel.get(k.name) ?? { ms: 0, calls: 0 };
      entry.ms += typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
      entry.calls += 1;
      byKernel.set(k.name, entry);
    }
    const kernelMs = [...byKernel.values()].reduce((s, e) => s + e.ms, 0) / steps;
    console.log(
      `\n## ${name} (batch ${spec.batch}): ${stepMs.toFixed(2)} ms/step = ${Math.round((spec.batch * 1000) / stepMs)} samples/s; ` +
        `kernels ${kernelMs.toFixed(2)} ms/step, ${info.kernels.length / steps} kernel calls/step\n`,
    );
    console.log('| kernel | calls/step | ms/step | µs/call | share of step |');
    console.log('|---|---:|---:|---:|---:|');
    const rows = [...byKernel.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, top);
    for (const [kernel, e] of rows) {
      console.log(
        `| ${kernel} | ${e.calls / steps} | ${(e.ms / steps).toFixed(3)} | ${((1000 * e.ms) / e.calls).toFixed(1)} | ${((100 * e.ms) / steps / stepMs).toFixed(1)}% |`,
      );
    }
    console.log(
      `| (outside kernels: tape, engine, JS) | | ${(stepMs - kernelMs).toFixed(3)} | | ${((100 * (stepMs - kernelMs)) / stepMs).toFixed(1)}% |`,
    );
  } catch (e) {
    console.log(`\n## ${name}: cannot train (${String(e.message ?? e).split('\n')[0]})`);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
  }
}

tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
wasmBackend.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
if (!stock) registerWasmTrainingKernels();
if (lstmPath === 'unfused') enableFusedLstmCell(false);
if (lstmPath === 'cell') enableFusedLstmSequence(false);
await tf.setBackend('wasm');
await tf.ready();
// The profiler times each kernel with backend.time; make that CPU time too.
tf.backend().time = async (f) => {
  const t0 = cpuMs();
  f();
  return { kernelMs: cpuMs() - t0 };
};
const variant = stock ? 'stock tfjs-backend-wasm' : `with Sparkbook kernels, LSTM: ${lstmPath}`;
console.log(`# WASM training profile (${variant}), Node ${process.version}, ${steps} steps`);
for (const m of models) await profileModel(m);
