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
/** A new cell renders, and its editor mounts, some frames after it is added; wait this long for them. */
const MOUNT_WAIT_MS = 3000;

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
      // until the editor is ready), so it counts only once the focus has really moved there.
      const input = el.querySelector<HTMLElement>(EDITOR_INPUT);
      input?.focus();
      if (input && document.activeElement === input) return;
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
