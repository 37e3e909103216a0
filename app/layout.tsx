import type { Metadata } from 'next';
import './globals.css';
import { AppHeader } from '../components/shell/AppHeader';

export const metadata: Metadata = {
  title: 'Sparkbook',
  description: 'Notebooks that train neural networks in your browser, on a cluster of Web Workers.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppHeader />
        <main>{children}</main>
      </body>
    </html>
  );
}
