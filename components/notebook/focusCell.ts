/**
 * Moves the focus to a cell (command mode) or into its editor (edit mode), waiting for a cell
 * that was just added to render and its editor to mount.
 */
import type { CellId } from '../../lib/notebook/ids';

/**
 * Monaco's focusable input: the EditContext element where the browser has the API (Monaco then
 * also keeps a textarea for IMEs, which must not be the one focused), else its textarea.
 */
const EDITOR_INPUT = '.monaco-editor .native-edit-context, .monaco-editor textarea.inputarea';
/**
 * Before Monaco has taken over a cell, its stand-in (SourceStandIn): the text field typed into
 * while Monaco loads, else the read-only source, whose focus asks for the editor.
 */
const STAND_IN_FIELD = '[data-editor-stand-in="field"]';
const STAND_IN = '[data-editor-stand-in="source"]';
/** A new cell renders, and its editor mounts, some frames after it is added; wait this long for them. */
const MOUNT_WAIT_MS = 3000;

function editorInput(cell: HTMLElement): HTMLElement | null {
  return (
    cell.querySelector<HTMLElement>(STAND_IN_FIELD) ??
    cell.querySelector<HTMLElement>(EDITOR_INPUT) ??
    cell.querySelector<HTMLElement>(STAND_IN)
  );
}

export function focusCell(cellId: CellId, into: 'cell' | 'editor') {
  const deadline = performance.now() + MOUNT_WAIT_MS;
  let cellHoldsFocus = false;
  const retry = () => {
    if (performance.now() < deadline) requestAnimationFrame(attempt);
  };
  const attempt = () => {
    const el = document.querySelector<HTMLElement>(`[data-cell-id="${cellId}"]`);
    if (!el) return retry();
    if (into === 'editor') {
      // The editor's input exists a little before it can take focus (its container is hidden
      // until the editor is ready), so it counts only once the focus has really moved there;
      // a stand-in that takes the focus passes it on to its field, then to the editor, itself.
      const input = editorInput(el);
      input?.focus();
      const focused = document.activeElement;
      if (input && focused && focused !== el && el.contains(focused)) return;
      // Until then the cell holds the focus (command mode), then the editor takes it,
      // unless the user has moved the focus elsewhere meanwhile.
      if (!cellHoldsFocus) {
        el.focus();
        cellHoldsFocus = true;
      } else if (document.activeElement !== el) return;
      return retry();
    }
    el.focus();
  };
  requestAnimationFrame(attempt);
}
