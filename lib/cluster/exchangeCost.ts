/** How many bytes cross the driver <-> executor channels, so the plan can say what a step costs. */

/** Bytes per float32 parameter. */
export const BYTES_PER_PARAM = 4;

/** Optimizer state tensors kept per weight by tfjs's optimizers (Adam keeps m and v: 2). */
const SLOTS_PER_WEIGHT: Record<string, number> = {
  sgd: 0,
  momentum: 1,
  adagrad: 1,
  adadelta: 2,
  adam: 2,
  adamax: 2,
  rmsprop: 2,
};

/** State tensors per weight for an optimizer named like 'adam' or 'AdamOptimizer'; undefined when unknown. */
export function optimizerSlotsPerWeight(optimizer: string): number | undefined {
  const key = optimizer.toLowerCase().replace(/optimizer$/, '');
  return SLOTS_PER_WEIGHT[key];
}

/** What the exchange costs, with the formula spelt out for the user. */
export interface ExchangeCost {
  /** Average bytes per training step, all executors together. */
  bytesPerStep: number;
  /** Bytes per averaging round (mode 'averaging' only). */
  bytesPerRound?: number;
  /** The arithmetic behind the numbers, e.g. "2 × 3 executors × 1,234 params × 4 B". */
  formula: string;
  /** Set when the optimizer's state size had to be guessed. */
  assumption?: string;
}

/** What an exchange depends on. */
export interface ExchangeInput {
  mode: 'sync' | 'averaging';
  executors: number;
  trainableParams: number;
  averagingFrequency: number;
  optimizer: string;
  /** Optimizer state tensors per weight, when the caller knows better than the name table. */
  optimizerSlots?: number;
}

/**
 * sync: every step each executor receives the weights and sends its gradients, both the size of
 * the weights: 2 · E · P · 4 bytes. averaging: every round each executor receives and sends the
 * weights plus the optimizer's state (S tensors per weight): 2 · E · P · (1 + S) · 4 bytes, spread
 * over `averagingFrequency` steps.
 */
export function exchangeCost(p: ExchangeInput): ExchangeCost {
  const base = `2 × ${p.executors} executors × ${withCommas(p.trainableParams)} params`;
  if (p.mode === 'sync') {
    return {
      bytesPerStep: 2 * p.executors * p.trainableParams * BYTES_PER_PARAM,
      formula: `${base} × ${BYTES_PER_PARAM} B (weights in, gradients out)`,
    };
  }
  const known = p.optimizerSlots ?? optimizerSlotsPerWeight(p.optimizer);
  const slots = known ?? 2;
  const perRound = 2 * p.executors * p.trainableParams * (1 + slots) * BYTES_PER_PARAM;
  return {
    bytesPerStep: perRound / p.averagingFrequency,
    bytesPerRound: perRound,
    formula: `${base} × (1 + ${slots} optimizer slots) × ${BYTES_PER_PARAM} B (weights and optimizer state, both ways)`,
    assumption:
      known === undefined ? `optimizer "${p.optimizer}" is not known; assumed ${slots} state tensors per weight, as Adam` : undefined,
  };
}

/** 1234567 -> "1,234,567" (no locale, so tests and snapshots are stable everywhere). */
export function withCommas(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 29616 -> "29,616 B (28.9 KiB)". */
export function formatBytes(bytes: number): string {
  const exact = `${withCommas(Math.round(bytes))} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = '';
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  return unit ? `${exact} (${value.toFixed(1)} ${unit})` : exact;
}
