/** Saves a job record as `<id>.json` through the browser's download (no request leaves the page). */
import { exportJobJson, jobFileName } from '../../lib/jobs/exportJobJson';
import type { JobRecord } from '../../lib/jobs/jobRecord';

export function downloadJobJson(job: JobRecord) {
  const blob = new Blob([exportJobJson(job)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = jobFileName(job);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
