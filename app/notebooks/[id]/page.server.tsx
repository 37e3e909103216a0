import { NotebookPage } from '../../../components/notebook/NotebookPage';

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <NotebookPage id={id} />;
}
