'use client';
/** Keeps an output that fails to render to its own place: the cell and its other outputs stay. */
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import type { Output } from '@/lib/notebook/types';
import { errorText } from '../shell/errorText';
import notice from '../shell/ErrorNotice.module.css';

export function BrokenOutput({ error }: { error: unknown }) {
  return (
    <div role="alert" className={notice.notice}>
      <p>
        <strong>This output could not be shown.</strong> Run the cell again, or clear its output.
      </p>
      <p className={notice.message}>{errorText(error)}</p>
    </div>
  );
}

export function OutputBoundary({ output, children }: { output: Output; children: ReactNode }) {
  return (
    <ErrorBoundary resetKeys={[output]} fallbackRender={({ error }) => <BrokenOutput error={error} />}>
      {children}
    </ErrorBoundary>
  );
}
