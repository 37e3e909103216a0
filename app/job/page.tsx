'use client';
import { JobDetailPage } from '../../components/jobs/JobDetailPage';
import { ItemFromQuery } from '../../components/shell/ItemFromQuery';

const title = (id: string) => `${id} · Jobs · Sparkbook`;

/** /job/?id=<id>: one job in the static export (the server has /jobs/<id>). */
export default function Page() {
  return (
    <ItemFromQuery noun="job" title={title}>
      {(id) => <JobDetailPage id={id} />}
    </ItemFromQuery>
  );
}
