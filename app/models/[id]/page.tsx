import type { Metadata } from 'next';
import { ModelDetailPage } from '../../../components/models/ModelDetailPage';

/** Route params arrive percent-encoded or not depending on the path; never throw on a stray '%'. */
function decodeId(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `${decodeId(id)} · Models · Sparkbook` };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ModelDetailPage id={decodeId(id)} />;
}
