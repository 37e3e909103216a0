'use client';
/**
 * Keeps a failure in one part of a page inside that part: the section shows what went wrong and
 * a Try again button, and the rest of the page (header, navigation, other sections) keeps working.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { errorText } from './errorText';
import styles from './ErrorNotice.module.css';

export function SectionErrorNotice({ name, error, resetErrorBoundary }: FallbackProps & { name: string }) {
  return (
    <div role="alert" aria-label={`${name} failed`} className={styles.notice}>
      <p>
        <strong>{name} could not be shown.</strong> Nothing you saved is affected: try again, or reload the page.
      </p>
      <p className={styles.message}>{errorText(error)}</p>
      <div className={styles.actions}>
        <button type="button" className="sb-button sb-button-ghost" onClick={() => resetErrorBoundary()}>
          Try again
        </button>
      </div>
    </div>
  );
}

/** `name` says, to the user, which part failed ("The cells", "Workers"). */
export function SectionBoundary({ name, children }: { name: string; children: ReactNode }) {
  return <ErrorBoundary fallbackRender={(props) => <SectionErrorNotice name={name} {...props} />}>{children}</ErrorBoundary>;
}
