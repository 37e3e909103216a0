/**
 * A sweep chart as uPlot draws it: the lines' values aligned on the grid's x values, and the
 * spread of each averaged point (min–max band, ±1 standard deviation whiskers), which uPlot has no
 * series type for, drawn by hooks onto the same canvas: the band under the lines, the whiskers
 * over them. Pure but for the drawing, which takes uPlot's canvas context.
 */
import type uPlot from 'uplot';
import type { SweepChartData, SweepChartPoint } from '../../lib/experiments/sweepChart';
import { formatMetric } from '../../lib/jobs/formatJob';
import type { PlotStyle } from '../../lib/outputs/plotStyle';

export const SWEEP_PLOT_HEIGHT = 280;

type Spread = NonNullable<SweepChartPoint['spread']>;

export interface SweepPlotData {
  data: uPlot.AlignedData;
  /** Per line, per x: the spread of that point when it averages more than one run. */
  spreads: (Spread | null)[][];
}

export function sweepPlotData(chart: SweepChartData): SweepPlotData {
  const xs = [...new Set(chart.lines.flatMap((l) => l.points.map((p) => p.x)))].sort((a, b) => a - b);
  const at = new Map(xs.map((x, i) => [x, i]));
  const values = chart.lines.map(() => xs.map((): number | null => null));
  const spreads = chart.lines.map(() => xs.map((): Spread | null => null));
  chart.lines.forEach((line, i) => {
    for (const p of line.points) {
      const j = at.get(p.x)!;
      values[i][j] = p.y;
      if (p.spread && p.spread.n > 1) spreads[i][j] = p.spread;
    }
  });
  return { data: [xs, ...values], spreads };
}

/** The x range: the grid's values with room either side, so end points and whiskers are not cut. */
export function sweepXRange(chart: SweepChartData): [number, number] | undefined {
  const xs = chart.ticks.map((t) => t.x);
  if (xs.length === 0) return undefined;
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  if (chart.scale === 'log') return lo === hi ? [lo / 2, hi * 2] : [lo / (hi / lo) ** 0.06, hi * (hi / lo) ** 0.06];
  const pad = lo === hi ? 1 : (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

/** Fills each line's min–max band, translucent, under the lines. */
function drawBands(u: uPlot, spreads: (Spread | null)[][], colors: string[]) {
  const xs = u.data[0];
  const { ctx } = u;
  ctx.save();
  ctx.beginPath();
  ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
  ctx.clip();
  spreads.forEach((line, i) => {
    const runs = line.map((s, j) =>
      s ? { x: u.valToPos(xs[j], 'x', true), lo: u.valToPos(s.min, 'y', true), hi: u.valToPos(s.max, 'y', true) } : null,
    );
    const drawn = runs.filter((r): r is NonNullable<typeof r> => r !== null);
    if (drawn.length === 0) return;
    ctx.globalAlpha = 0.14;
    ctx.fillStyle = colors[i];
    ctx.beginPath();
    drawn.forEach((r, k) => (k === 0 ? ctx.moveTo(r.x, r.hi) : ctx.lineTo(r.x, r.hi)));
    for (const r of [...drawn].reverse()) ctx.lineTo(r.x, r.lo);
    ctx.closePath();
    ctx.fill();
  });
  ctx.restore();
}

/** ±1 standard deviation whiskers on each averaged point, over the lines. */
function drawWhiskers(u: uPlot, spreads: (Spread | null)[][], colors: string[]) {
  const xs = u.data[0];
  const means = u.data.slice(1);
  const { ctx } = u;
  const half = 3 * devicePixelRatioOf(u);
  ctx.save();
  ctx.lineWidth = 1.5 * devicePixelRatioOf(u);
  spreads.forEach((line, i) => {
    ctx.strokeStyle = colors[i];
    line.forEach((s, j) => {
      const mean = means[i][j];
      if (!s || mean == null || s.std === 0) return;
      const x = u.valToPos(xs[j], 'x', true);
      const top = u.valToPos(mean + s.std, 'y', true);
      const bottom = u.valToPos(mean - s.std, 'y', true);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.moveTo(x - half, top);
      ctx.lineTo(x + half, top);
      ctx.moveTo(x - half, bottom);
      ctx.lineTo(x + half, bottom);
      ctx.stroke();
    });
  });
  ctx.restore();
}

/** uPlot draws in device pixels; its canvas is that many times the CSS size. */
const devicePixelRatioOf = (u: uPlot) => (u.ctx.canvas.width && u.width ? u.ctx.canvas.width / u.width : 1);

export interface SweepPlotInput {
  chart: SweepChartData;
  spreads: (Spread | null)[][];
  width: number;
  style: PlotStyle;
}

export function sweepPlotOptions({ chart, spreads, width, style }: SweepPlotInput): uPlot.Options {
  const tickLabel = new Map(chart.ticks.map((t) => [t.x, t.label]));
  const ticks = chart.ticks.map((t) => t.x);
  const range = sweepXRange(chart);
  const font = `11px ${style.fontFamily}`;
  const labelFont = `12px ${style.fontFamily}`;
  const axisBase = { stroke: style.axis, font, labelFont, labelSize: 18, ticks: { stroke: style.axis, width: 1, size: 4 } };
  const grid = { stroke: style.grid, width: 1, dash: [3, 3] };
  const xLabel = `${chart.x}${chart.scale === 'log' ? ' (log scale)' : ''}`;
  return {
    width,
    height: SWEEP_PLOT_HEIGHT,
    scales: {
      x: { time: false, ...(chart.scale === 'log' ? { distr: 3, log: 10 } : {}), ...(range ? { auto: false, range } : {}) },
      y: {},
    },
    axes: [
      // Ticks on the grid's values only: they are the only x measured.
      {
        ...axisBase,
        scale: 'x',
        label: xLabel,
        grid,
        splits: () => ticks,
        values: (_u, splits) => splits.map((x) => tickLabel.get(x) ?? formatMetric(x)),
      },
      {
        ...axisBase,
        scale: 'y',
        label: chart.metric,
        size: 56,
        grid,
        values: (_u, splits) => splits.map((v) => (v == null ? '' : formatMetric(v))),
      },
    ],
    series: [
      { label: chart.x, value: (_u, x) => (x == null ? '–' : (tickLabel.get(x) ?? formatMetric(x))) },
      ...chart.lines.map((line, i): uPlot.Series => ({
        label: line.name,
        stroke: style.series[i],
        width: 2,
        spanGaps: true,
        value: (_u, v) => (v == null ? '–' : formatMetric(v)),
        points: { show: true, size: 6, width: 1, stroke: style.series[i], fill: style.series[i] },
      })),
    ],
    legend: { show: true, live: true },
    hooks: {
      drawAxes: [(u) => drawBands(u, spreads, style.series)],
      draw: [(u) => drawWhiskers(u, spreads, style.series)],
    },
  };
}
