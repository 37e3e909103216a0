import type { Metadata } from 'next';
import { DataPage } from '../../components/data/DataPage';

export const metadata: Metadata = { title: 'Data · Sparkbook' };

export default function Page() {
  return <DataPage />;
}
