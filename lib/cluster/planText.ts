/** The execution plan of a spark.fit job as text, printed when `debug: true` (like Keras2DML's generated-DML print). */
import { exchangeCost, formatBytes, withCommas } from './exchangeCost';

/** Everything the plan describes; the driver gathers it from the model and the cluster. */
export interface PlanInput {
  /** One entry per layer: Keras summary columns plus the tfjs ops its forward pass runs. */
  layers: { name: string; className: string; outputShape: string; params: number; ops: string[] }[];
  optimizer: string;
  learningRate?: number;
  loss: string;
  executors: { id: string; backend: string }[];
  mode: 'sync' | 'averaging';
  averagingFrequency: number;
  /** Samples per step, all executors together. */
  globalBatch: number;
  stepsPerEpoch: number;
  epochs: number;
  trainableParams: number;
  /** Samples per executor per step, in executor order (shorter than `executors` when the batch is smaller). */
  shardSizes: number[];
  /** Optimizer state tensors per weight, when the name alone doesn't tell (see exchangeCost). */
  optimizerSlots?: number;
  /** Executors beyond one per CPU core, which stand by instead of training (shared memory only). */
  standby?: { id: string }[];
  /** How executors exchange gradients, and why that way (absent: messages, the older plans). */
  exchange?: { kind: 'shared-memory' | 'messages'; reason: string };
}

/** Left-aligned columns separated by two spaces, with a header row. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
const plural = (n: number, word: string) => `${withCommas(n)} ${word}${n === 1 ? '' : 's'}`;

function modelSection(p: PlanInput): string[] {
  const rows = p.layers.map((l) => [`${l.name} (${l.className})`, l.outputShape, withCommas(l.params)]);
  return [
    'Model',
    ...indent(table(['Layer (type)', 'Output shape', 'Params'], rows)),
    `  Trainable params: ${withCommas(p.trainableParams)}`,
  ];
}

function optimizerSection(p: PlanInput): string[] {
  const rate = p.learningRate === undefined ? '' : `, learning rate ${p.learningRate}`;
  return ['Optimizer', `  ${p.optimizer}${rate}`, `  Loss: ${p.loss}`];
}

function clusterSection(p: PlanInput): string[] {
  const steps = p.epochs * p.stepsPerEpoch;
  const how =
    p.mode === 'sync'
      ? 'sync — each step, gradients of the shards are averaged (weighted by shard size) and every replica applies the same update'
      : `averaging — each executor runs ${plural(p.averagingFrequency, 'local step')}, then weights and optimizer state are averaged`;
  const exchange =
    p.exchange?.kind === 'shared-memory'
      ? `shared memory — each executor writes its shard's result to its slot, then sums every slot over its own 1/${Math.max(1, p.executors.length)} of the weights and updates that slice (all-reduce); the kernel only schedules`
      : `messages — the kernel sends the weights to every executor and combines their replies${p.exchange ? ` (${p.exchange.reason})` : ''}`;
  return [
    'Cluster',
    `  ${plural(p.executors.length, 'executor')}: ${p.executors.map((e) => `${e.id} (${e.backend})`).join(', ')}`,
    `  Mode: ${how}`,
    `  Exchange: ${exchange}`,
    ...(p.standby?.length
      ? [`  Standby: ${p.standby.map((e) => e.id).join(', ')} — one executor per CPU core trains; the others take over if one is lost`]
      : []),
    `  ${plural(p.epochs, 'epoch')} × ${plural(p.stepsPerEpoch, 'step')} per epoch = ${plural(steps, 'step')}, global batch ${withCommas(p.globalBatch)}`,
  ];
}

function perStepSection(p: PlanInput): string[] {
  const shards = p.executors.map((e, i) =>
    i < p.shardSizes.length ? `${e.id}: ${plural(p.shardSizes[i], 'sample')}` : `${e.id}: no shard (batch smaller than the cluster)`,
  );
  const cost = exchangeCost({ ...p, executors: p.executors.length });
  const lines = ['Per step', '  Shards:', ...shards.map((s) => `    ${s}`)];
  if (p.exchange?.kind === 'shared-memory') {
    const slots = Math.max(1, p.executors.length);
    const bytes = slots * p.trainableParams * 4;
    lines.push(
      `  Exchange buffer: ${slots} slots × ${withCommas(p.trainableParams)} params × 4 B = ${formatBytes(bytes)} in shared memory, nothing sent by message`,
    );
    return lines;
  }
  if (cost.bytesPerRound === undefined) {
    lines.push(`  Bytes exchanged per step: ${cost.formula} = ${formatBytes(cost.bytesPerStep)}`);
  } else {
    lines.push(
      `  Bytes exchanged per averaging round: ${cost.formula} = ${formatBytes(cost.bytesPerRound)}`,
      `  Per step on average (÷ ${p.averagingFrequency}): ${formatBytes(cost.bytesPerStep)}`,
    );
  }
  if (cost.assumption) lines.push(`  Note: ${cost.assumption}`);
  return lines;
}

function opsSection(p: PlanInput): string[] {
  return ['Ops per layer', ...p.layers.map((l) => `  ${l.name}: ${l.ops.length > 0 ? l.ops.join(', ') : '(none)'}`)];
}

/** A readable multi-line plan: Model, Optimizer, Cluster, Per step (shards and bytes exchanged), Ops per layer. */
export function planText(p: PlanInput): string {
  const sections = [modelSection, optimizerSection, clusterSection, perStepSection, opsSection];
  return sections.map((section) => section(p).join('\n')).join('\n\n');
}
