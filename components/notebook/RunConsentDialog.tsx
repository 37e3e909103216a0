'use client';
/**
 * Asks before the first run of an untrusted notebook's code. A native modal <dialog> with the
 * alertdialog role: focus starts on Cancel (the safe answer), stays inside while it is open, Esc
 * cancels, and focus goes back to where it was (the cell's editor or button) when it closes.
 */
import { useEffect, useRef } from 'react';
import { UNTRUSTED_CODE_REACH } from './UntrustedBanner';
import styles from './Trust.module.css';

export interface RunConsentDialogProps {
  /** The notebook's title, to say which notebook asks. */
  title: string;
  /** Where its code came from (untrustedSource). */
  source: string;
  onRun(): void;
  onCancel(): void;
}

export function RunConsentDialog({ title, source, onRun, onCancel }: RunConsentDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="run-consent-title"
      aria-describedby="run-consent-description"
      // Esc, or close('cancel'): one way out for every answer but Run.
      onClose={(e) => (e.currentTarget.returnValue === 'run' ? onRun() : onCancel())}
    >
      <h2 id="run-consent-title">Run code from an untrusted notebook?</h2>
      <div id="run-consent-description">
        <p>
          “{title || 'Untitled'}” is not trusted yet. {source}
        </p>
        <p>{UNTRUSTED_CODE_REACH}</p>
        <p>Run trusts this notebook: its code will run without asking from now on.</p>
      </div>
      <div className={styles.actions}>
        <button ref={cancel} type="button" className="sb-button sb-button-ghost" onClick={() => dialog.current?.close('cancel')}>
          Cancel
        </button>
        <button type="button" className="sb-button" onClick={() => dialog.current?.close('run')}>
          Run
        </button>
      </div>
    </dialog>
  );
}
