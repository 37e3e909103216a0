'use client';
/**
 * The "Spark workers" panel: one row per executor (status, backend, tasks, samples/s, memory),
 * Add/Remove/Kill buttons, and the running job's progress — the executors page of Spark's UI.
 */
import { useStore } from 'zustand';
import type { ClusterManager } from '../../kernels/page/clusterManager';
import { asExecutorId } from '../../kernels/wire/kernelExecutorProtocol';
import { MAX_EXECUTORS } from '../../lib/cluster/backendChoice';
import { executorRows, type ClusterStore } from '../../lib/state/clusterStore';
import { ExchangeNote } from './ExchangeNote';
import { JobProgressView } from './JobProgressView';
import styles from './WorkersPanel.module.css';

function formatBytes(n: number) {
  if (!n) return '—';
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function WorkersPanel({ cluster, manager }: { cluster: ClusterStore; manager: ClusterManager | null }) {
  const lifecycle = useStore(cluster, (s) => s.lifecycle);
  const stats = useStore(cluster, (s) => s.stats);
  const job = useStore(cluster, (s) => s.job);
  const rows = executorRows(lifecycle, stats);
  const live = rows.filter((r) => r.status !== 'lost').length;

  return (
    <aside aria-label="Spark workers" className={styles.panel}>
      <div className={styles.header}>
        <h2>Spark workers</h2>
        <span className={styles.count}>{live} live</span>
      </div>
      <div className={styles.buttons}>
        <button
          className="sb-button"
          disabled={!manager || live >= MAX_EXECUTORS}
          title={live >= MAX_EXECUTORS ? `A cluster has at most ${MAX_EXECUTORS} workers` : undefined}
          onClick={() => manager?.add()}
        >
          Add worker
        </button>
        <button className="sb-button sb-button-secondary" disabled={!manager || live === 0} onClick={() => manager?.remove()}>
          Remove worker
        </button>
      </div>
      <ExchangeNote />
      {job && <JobProgressView job={job} />}
      <table className={styles.table}>
        <caption className="visually-hidden">Executors</caption>
        <thead>
          <tr>
            <th scope="col">Worker</th>
            <th scope="col">Status</th>
            <th scope="col">Backend</th>
            <th scope="col" className={styles.num}>
              Tasks
            </th>
            <th scope="col" className={styles.num}>
              Samples/s
            </th>
            <th scope="col" className={styles.num}>
              Memory
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-status={r.status} aria-label={`Worker ${r.id}`} title={r.lostReason ?? r.note ?? ''}>
              <td>{r.id}</td>
              <td>
                <span className={styles.badge} data-status={r.status}>
                  {r.status}
                </span>
              </td>
              <td>
                <span data-testid="executor-backend">{r.backend}</span>
                {r.note && (
                  <span className={styles.note} title={r.note} aria-label={r.note}>
                    i
                  </span>
                )}
                {r.adapter && (
                  <span className={styles.adapter} title={r.adapter}>
                    {r.adapter}
                  </span>
                )}
              </td>
              <td className={styles.num}>{r.tasksDone}</td>
              <td className={styles.num}>{r.samplesPerSec ? Math.round(r.samplesPerSec).toLocaleString('en-US') : '—'}</td>
              <td className={styles.num}>{formatBytes(r.memoryBytes)}</td>
              <td>
                {r.status !== 'lost' && (
                  <button
                    className={styles.kill}
                    aria-label={`Kill worker ${r.id}`}
                    title="Terminate this worker now, as a crash would"
                    onClick={() => manager?.kill(asExecutorId(r.id))}
                  >
                    ✕
                  </button>
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={7} className={styles.empty}>
                No workers. Add one to use spark.fit.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className={styles.hint}>
        <code>
          spark.fit(model, x, y, {'{'} batchSize {'}'})
        </code>{' '}
        splits every batch across these workers.
      </p>
    </aside>
  );
}
