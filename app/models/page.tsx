import type { Metadata } from 'next';
import { ModelsPage } from '../../components/models/ModelsPage';

export const metadata: Metadata = { title: 'Models · Sparkbook' };

export default function Page() {
  return <ModelsPage />;
}
