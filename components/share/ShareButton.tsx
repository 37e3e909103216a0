'use client';
/**
 * The toolbar's Share button: makes a link that carries the notebook (lib/share/shareLink.ts)
 * and copies it. When the clipboard refuses (no permission, not a secure context), or the link is
 * too long to rely on, a dialog shows it to copy by hand, with the reason.
 */
import { useState } from 'react';
import { formatLinkSize, isShareUrlTooLong, shareUrl } from '../../lib/share/shareLink';
import type { Notebook } from '../../lib/notebook/types';
import { ShareLinkDialog, type ShareDialogState } from './ShareLinkDialog';
import { Toast } from './Toast';

/** What the dialog says, when one is open. */
export function ShareButton({ notebook }: { notebook: Notebook }) {
  // Each toast gets its own id, so sharing again restarts its timer.
  const [toast, setToast] = useState<{ id: number; message: string } | null>(null);
  const [dialog, setDialog] = useState<ShareDialogState | null>(null);
  const showToast = (message: string) => setToast({ id: Date.now(), message });

  async function share() {
    const url = shareUrl(window.location.origin, notebook);
    if (isShareUrlTooLong(url)) {
      setDialog({ url, reason: 'too-long' });
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      showToast(`Link copied to the clipboard (${formatLinkSize(url.length)}). Anyone with it can open a copy of this notebook.`);
    } catch {
      setDialog({ url, reason: 'clipboard-failed' });
    }
  }

  return (
    <>
      <button className="sb-button sb-button-ghost" onClick={() => void share()} title="Copy a link that carries this notebook">
        <span aria-hidden="true">↗</span> Share
      </button>
      {toast && <Toast key={toast.id} message={toast.message} onDone={() => setToast(null)} />}
      {dialog && <ShareLinkDialog {...dialog} onClose={() => setDialog(null)} onCopied={showToast} />}
    </>
  );
}
