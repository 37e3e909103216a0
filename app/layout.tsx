import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';
import { AppHeader } from '../components/shell/AppHeader';

export const metadata: Metadata = {
  title: 'Sparkbook',
  description: 'Notebooks that train neural networks in your browser, on a cluster of Web Workers.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render per request: proxy.ts gives each page a fresh CSP nonce, which Next can only stamp
  // on its scripts while rendering (a page prerendered at build time would carry none).
  await connection();
  return (
    <html lang="en">
      <body>
        <AppHeader />
        <main>{children}</main>
      </body>
    </html>
  );
}
