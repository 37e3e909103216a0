'use client';
/**
 * Shows a share link to copy by hand: when the clipboard refused it, or when it is too long to
 * rely on (then it says so and points to Export .ipynb). A native modal <dialog>: Esc closes it
 * and focus stays inside while it is open.
 */
import { useEffect, useRef } from 'react';
import { formatLinkSize, MAX_SHARE_URL_LENGTH } from '../../lib/share/shareLink';
import styles from './Share.module.css';

/** Why the link is shown to copy by hand, and the link. */
export interface ShareDialogState {
  url: string;
  reason: 'clipboard-failed' | 'too-long';
}

export function ShareLinkDialog({
  url,
  reason,
  onClose,
  onCopied,
}: ShareDialogState & { onClose(): void; onCopied(message: string): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    field.current?.select();
  }, []);

  async function copyAgain() {
    try {
      await navigator.clipboard.writeText(url);
      onCopied('Link copied to the clipboard.');
      onClose();
    } catch {
      field.current?.select();
    }
  }

  const tooLong = reason === 'too-long';
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="share-dialog-title" onClose={onClose}>
      <h2 id="share-dialog-title">{tooLong ? 'This notebook is too big to share as a link' : 'Copy the share link'}</h2>
      {tooLong ? (
        <p role="alert">
          Its link would be {formatLinkSize(url.length)}; browsers only open links up to about {formatLinkSize(MAX_SHARE_URL_LENGTH)}. Use{' '}
          <strong>Export .ipynb</strong> and send the file instead, or <strong>Clear outputs</strong> (images and charts take the most room)
          and share again.
        </p>
      ) : (
        <p>The browser didn’t let Sparkbook copy it. Select the link below and copy it (Ctrl+C or ⌘C).</p>
      )}
      {!tooLong && (
        <textarea
          ref={field}
          className={styles.linkField}
          aria-label="Share link"
          readOnly
          rows={4}
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <div className={styles.dialogActions}>
        {tooLong && (
          <button className="sb-button sb-button-ghost" onClick={() => void copyAgain()}>
            Copy the link anyway
          </button>
        )}
        {!tooLong && (
          <button className="sb-button sb-button-ghost" onClick={() => void copyAgain()}>
            Try copying again
          </button>
        )}
        <button className="sb-button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
