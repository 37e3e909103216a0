/** The timeline's legend: the bar kinds, with Running and Executor lost only when the timeline has them. */
import type { ReactNode } from 'react';
import { HatchPattern } from './HatchPattern';
import styles from '../ExecutorTimeline.module.css';

function Swatch({ fill, children }: { fill: string; children?: ReactNode }) {
  return (
    <svg width="22" height="12" aria-hidden="true">
      <rect width="22" height="12" fill={fill} />
      {children}
    </svg>
  );
}

export interface TimelineLegendProps {
  /** Unique in the page: the lost swatch's hatch. */
  hatchId: string;
  running: boolean;
  executorLost: boolean;
  /** Shared-memory steps split into compute, exchange and wait, in place of plain Succeeded. */
  phases: boolean;
}

export function TimelineLegend({ hatchId, running, executorLost, phases }: TimelineLegendProps) {
  return (
    <ul className={styles.legend} aria-label="Timeline legend">
      {phases ? (
        <>
          <li>
            <Swatch fill="var(--sb-accent)" /> Compute
          </li>
          <li>
            <Swatch fill="var(--sb-timeline-exchange)" /> Exchange
          </li>
          <li>
            <Swatch fill="var(--sb-timeline-wait)" /> Wait
          </li>
        </>
      ) : (
        <li>
          <Swatch fill="var(--sb-accent)" /> Succeeded
        </li>
      )}
      <li>
        <Swatch fill="var(--sb-danger)" /> Failed ✕
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <defs>
            <HatchPattern id={hatchId} />
          </defs>
          <rect width="22" height="12" fill="var(--sb-timeline-lost)" />
          <rect width="22" height="12" fill={`url(#${hatchId})`} />
        </svg>
        Lost with its executor ✕
      </li>
      <li>
        <Swatch fill="var(--sb-accent)">
          <rect x="0.75" y="0.75" width="20.5" height="10.5" fill="none" stroke="var(--sb-timeline-retry)" strokeWidth="1.5" />
        </Swatch>
        Retry (attempt 2+)
      </li>
      {running && (
        <li>
          <Swatch fill="var(--sb-timeline-running)" /> Running
        </li>
      )}
      {executorLost && (
        <li>
          <svg width="10" height="12" aria-hidden="true">
            <line x1="5" x2="5" y1="0" y2="12" stroke="var(--sb-danger)" strokeWidth="2" />
          </svg>
          Executor lost
        </li>
      )}
    </ul>
  );
}
