import type { Metadata } from 'next';
import { decodeRouteId } from '../../../components/shell/decodeRouteId';
import { ModelDetailPage } from '../../../components/models/ModelDetailPage';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `${decodeRouteId(id)} · Models · Sparkbook` };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ModelDetailPage id={decodeRouteId(id)} />;
}
