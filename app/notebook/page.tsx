'use client';
import { NotebookPage } from '../../components/notebook/NotebookPage';
import { ItemFromQuery } from '../../components/shell/ItemFromQuery';

/** /notebook/?id=<id>: the notebook editor in the static export (the server has /notebooks/<id>). */
export default function Page() {
  return <ItemFromQuery noun="notebook">{(id) => <NotebookPage id={id} />}</ItemFromQuery>;
}
