/** One worker's lane: its label, its attempts, and a red "lost at …" marker where it died. */
import { formatOffset, type TimelineLane as Lane } from '../../../lib/jobs/timelineLayout';
import { BAR_HEIGHT, LANE_HEIGHT } from './timelineGeometry';
import { TimelineAttempt } from './TimelineAttempt';
import styles from '../ExecutorTimeline.module.css';

export interface TimelineLaneProps {
  lane: Lane;
  /** The lane's place from the top. */
  index: number;
  plotWidth: number;
  /** When the timeline starts (epoch ms): the lost marker says how long after it. */
  start: number;
  hatchId: string;
}

/** Past this, the lost marker's label goes left of its line so it stays inside the plot. */
const LOST_LABEL_ROOM = 140;

export function TimelineLane({ lane, index, plotWidth, start, hatchId }: TimelineLaneProps) {
  const top = index * LANE_HEIGHT;
  const middle = top + LANE_HEIGHT / 2;
  const barY = top + (LANE_HEIGHT - BAR_HEIGHT) / 2;
  const lost = lane.lost;
  const labelLeft = lost !== undefined && lost.x > plotWidth - LOST_LABEL_ROOM;
  return (
    <g data-executor={lane.executor}>
      <text
        className={`${styles.laneLabel} ${lost ? styles.laneLabelLost : ''}`}
        x={-10}
        y={middle}
        dominantBaseline="middle"
        textAnchor="end"
      >
        {lane.label}
      </text>
      {lane.bars.map((bar) => (
        <TimelineAttempt key={bar.key} bar={bar} y={barY} hatchId={hatchId} />
      ))}
      {lost && (
        <g data-lost-at={lost.at}>
          <title>{`Worker ${lane.executor} lost at ${new Date(lost.at).toLocaleTimeString()} (${lost.reason})`}</title>
          <line className={styles.lostLine} x1={lost.x} x2={lost.x} y1={top} y2={top + LANE_HEIGHT} />
          <text
            className={styles.lostLabel}
            x={labelLeft ? lost.x - 6 : lost.x + 6}
            y={middle}
            dominantBaseline="middle"
            textAnchor={labelLeft ? 'end' : 'start'}
          >
            lost at {formatOffset(lost.at - start, 1)} ({lost.reason})
          </text>
        </g>
      )}
    </g>
  );
}
