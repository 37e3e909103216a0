'use client';
import { ModelDetailPage } from '../../components/models/ModelDetailPage';
import { ItemFromQuery } from '../../components/shell/ItemFromQuery';

const title = (id: string) => `${id} · Models · Sparkbook`;

/** /model/?id=<id>: one model version in the static export (the server has /models/<id>). */
export default function Page() {
  return (
    <ItemFromQuery noun="model" title={title}>
      {(id) => <ModelDetailPage id={id} />}
    </ItemFromQuery>
  );
}
