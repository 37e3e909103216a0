import type { Metadata } from 'next';
import { connection } from 'next/server';
import { headers } from 'next/headers';
import './globals.css';
import { AppHeader } from '../components/shell/AppHeader';
import { ThemeBootScript } from '../components/shell/theme/ThemeBootScript';
import { policyNonce } from '@/lib/security/contentSecurityPolicy';
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
  const nonce = BUILD.static ? undefined : policyNonce((await headers()).get('content-security-policy'));
  return (
    // suppressHydrationWarning: the theme boot script may set data-theme before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeBootScript nonce={nonce} />
      </head>
      <body>
        <AppHeader />
        <main>{children}</main>
        {BUILD.static && <OfflineSupport />}
      </body>
    </html>
  );
}
