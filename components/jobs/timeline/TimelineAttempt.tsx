/**
 * One task attempt's bar in a worker's lane, coloured by outcome: a shared-memory step split into
 * compute, exchange and wait; a lost one hatched; a retry outlined; a failed or lost one crossed.
 */
import type { TimelineBar } from '../../../lib/jobs/timelineLayout';
import { BAR_HEIGHT } from './timelineGeometry';
import { barTitle } from './timelineText';
import styles from '../ExecutorTimeline.module.css';

/** A shared-memory step's bar, split into its compute, exchange and wait parts (in that order). */
function PhaseSegments({ bar, y }: { bar: TimelineBar; y: number }) {
  const phases = bar.phases!;
  const total = phases.computeMs + phases.exchangeMs + phases.waitMs;
  if (total <= 0 || bar.width < 6) return null;
  let x = bar.x;
  return (
    <>
      {(['compute', 'exchange', 'wait'] as const).map((phase) => {
        const width = (bar.width * phases[`${phase}Ms`]) / total;
        const segment = <rect key={phase} className={styles.phase} data-phase={phase} x={x} y={y} width={width} height={BAR_HEIGHT} />;
        x += width;
        return segment;
      })}
    </>
  );
}

export function TimelineAttempt({ bar, y, hatchId }: { bar: TimelineBar; y: number; hatchId: string }) {
  return (
    <g className={styles.attempt} data-outcome={bar.outcome} data-retry={bar.retry || undefined}>
      <title>{barTitle(bar)}</title>
      <rect className={styles.bar} data-outcome={bar.outcome} x={bar.x} y={y} width={bar.width} height={BAR_HEIGHT} />
      {bar.phases && bar.outcome === 'succeeded' && <PhaseSegments bar={bar} y={y} />}
      {bar.outcome === 'lost' && <rect x={bar.x} y={y} width={bar.width} height={BAR_HEIGHT} fill={`url(#${hatchId})`} />}
      {bar.retry && (
        <rect
          className={styles.retryOutline}
          x={bar.x + 0.75}
          y={y + 0.75}
          width={Math.max(0, bar.width - 1.5)}
          height={BAR_HEIGHT - 1.5}
        />
      )}
      {(bar.outcome === 'lost' || bar.outcome === 'failed') && (
        <text className={styles.cross} x={bar.x + bar.width / 2} y={y - 3} textAnchor="middle">
          ✕
        </text>
      )}
    </g>
  );
}
