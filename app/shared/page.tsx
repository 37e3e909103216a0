import { SharedNotebookView } from '../../components/share/SharedNotebookView';

/** /shared#nb=<notebook>: a notebook carried by a share link (read in the browser only). */
export default function SharedPage() {
  return <SharedNotebookView />;
}
