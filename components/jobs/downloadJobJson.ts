/** Saves a job record as `<id>.json` through the browser's download (no request leaves the page). */
import { exportJobJson, jobFileName } from '../../lib/jobs/exportJobJson';
import type { JobRecord } from '../../lib/jobs/jobRecord';
import { downloadFile } from '../shell/downloadFile';

export function downloadJobJson(job: JobRecord) {
  downloadFile(jobFileName(job), exportJobJson(job), 'application/json');
}
