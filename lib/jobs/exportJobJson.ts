/** A job as a downloadable JSON file: the stored record, validated, so what leaves is readable again. */
import { describeZodError } from '../notebook/zodIssues';
import { jobRecordSchema, type JobRecord } from './jobRecord';

/** Pretty-printed JSON of the job; throws, naming the offending field, if the record is not valid. */
export function exportJobJson(job: JobRecord): string {
  const result = jobRecordSchema.safeParse(job);
  if (!result.success) {
    throw new Error(`Job "${job.id}" can't be exported: ${describeZodError(result.error)}.`);
  }
  return `${JSON.stringify(result.data, null, 2)}\n`;
}

/** The download's file name: the job id, made safe for file systems. */
export function jobFileName(job: Pick<JobRecord, 'id'>): string {
  return `${job.id.replace(/[^\w.-]+/g, '_')}.json`;
}
