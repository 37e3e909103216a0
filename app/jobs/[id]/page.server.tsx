import type { Metadata } from 'next';
import { decodeRouteId } from '../../../components/shell/decodeRouteId';
import { JobDetailPage } from '../../../components/jobs/JobDetailPage';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: `${decodeRouteId(id)} · Jobs · Sparkbook` };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <JobDetailPage id={decodeRouteId(id)} />;
}
