import Link from 'next/link';
import { LegacyPathRedirect } from '../components/shell/LegacyPathRedirect';

/**
 * Any unknown path, in the app's own header and theme (Next's built-in one paints its own black or
 * white body, following the OS rather than the reader's theme choice). In the static export this
 * is 404.html, which also forwards old /notebooks/<id> links.
 */
export default function NotFound() {
  return (
    <div style={{ maxWidth: 800, margin: '48px auto', padding: '0 16px' }}>
      <h1 style={{ fontWeight: 300, fontSize: 28, margin: '0 0 12px' }}>Page not found</h1>
      <p role="alert">
        <LegacyPathRedirect />
        There is nothing at this address. <Link href="/">Back to the notebooks</Link>
      </p>
    </div>
  );
}
