'use client';
/**
 * The keyboard shortcuts (H, or the toolbar's "Shortcuts"): a native modal <dialog>, so focus
 * stays inside while it is open and Esc closes it; focus goes back to where it was (the cell).
 */
import { Fragment, useEffect, useId, useRef } from 'react';
import { COMMAND_MODE_SHORTCUTS, EDIT_MODE_SHORTCUTS, formatKeys, type Shortcut } from './keyboardShortcuts';
import styles from './Shortcuts.module.css';

function Keys({ keys }: { keys: string[][] }) {
  return (
    <>
      {keys.map((combo, i) => (
        <Fragment key={i}>
          {i > 0 && ' / '}
          {combo.map((key, j) => (
            <Fragment key={j}>
              {j > 0 && (combo[0] === combo[1] ? ' ' : '+')}
              <kbd>{key}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

function ShortcutTable({ caption, shortcuts }: { caption: string; shortcuts: Shortcut[] }) {
  const headingId = useId();
  return (
    <section>
      <h3 id={headingId}>{caption}</h3>
      <table className={styles.table} aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={formatKeys(s.keys)}>
              <th scope="row" aria-label={formatKeys(s.keys)}>
                <Keys keys={s.keys} />
              </th>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    close.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className={styles.dialog} aria-modal="true" aria-labelledby="shortcuts-title" onClose={onClose}>
      <div className={styles.header}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        {/* First in the dialog, so it takes the focus without scrolling the list away. */}
        <button ref={close} type="button" className="sb-button sb-button-ghost" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p className={styles.intro}>
        Command mode: a cell is selected and no editor has the focus (press Esc in an editor). D D, I I and 0 0 are two quick presses.
      </p>
      <div className={styles.columns}>
        <ShortcutTable caption="Command mode" shortcuts={COMMAND_MODE_SHORTCUTS} />
        <ShortcutTable caption="Edit mode" shortcuts={EDIT_MODE_SHORTCUTS} />
      </div>
    </dialog>
  );
}
