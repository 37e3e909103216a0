'use client';
/**
 * The last line of defence for a page: the header and navigation stay, and the page says what
 * failed instead of Next's blank "This page couldn't load". Sections and cells have their own
 * boundaries, so this is reached only by failures outside them.
 */
import { SectionErrorNotice } from '../components/shell/SectionBoundary';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div style={{ maxWidth: 800, margin: '48px auto', padding: '0 16px' }}>
      <SectionErrorNotice name="This page" error={error} resetErrorBoundary={reset} />
    </div>
  );
}
