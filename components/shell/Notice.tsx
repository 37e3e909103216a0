'use client';
/**
 * A message above a page's content: an error (role alert, which screen readers announce at once)
 * or a status such as "Uploaded iris.csv." (role status, announced politely). Renders nothing
 * without a message, so a page can keep one in place for whatever its last action said.
 */
import type { ReactNode } from 'react';
import styles from './Notice.module.css';

export interface NoticeProps {
  kind: 'error' | 'status';
  /** The message; null, undefined or '' shows nothing. */
  children: ReactNode;
}

export function Notice({ kind, children }: NoticeProps) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return kind === 'error' ? (
    <div role="alert" className="sb-alert" data-notice="error">
      {children}
    </div>
  ) : (
    <div role="status" className={styles.status} data-notice="status">
      {children}
    </div>
  );
}
