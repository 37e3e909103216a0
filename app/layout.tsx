import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';
import { AppHeader } from '../components/shell/AppHeader';
import { OfflineSupport } from '../components/offline/OfflineSupport';
import { BUILD } from '../lib/routes/appRoutes';

export const metadata: Metadata = {
  title: 'Sparkbook',
  description: 'Notebooks that train neural networks in your browser, on a cluster of Web Workers.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render per request: proxy.ts gives each page a fresh CSP nonce, which Next can only stamp
  // on its scripts while rendering (a page prerendered at build time would carry none).
  // The static export is prerendered instead (its policy hashes the scripts; lib/static).
  if (!BUILD.static) await connection();
  return (
    <html lang="en">
      <body>
        <AppHeader />
        <main>{children}</main>
        {BUILD.static && <OfflineSupport />}
      </body>
    </html>
  );
}
