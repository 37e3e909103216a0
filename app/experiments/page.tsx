import type { Metadata } from 'next';
import { ExperimentsPage } from '../../components/experiments/ExperimentsPage';

export const metadata: Metadata = { title: 'Experiments · Sparkbook' };

export default function Page() {
  return <ExperimentsPage />;
}
