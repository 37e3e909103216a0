/**
 * Which command a key press means in Jupyter's command mode (a cell selected, no editor focused),
 * apart from the DOM so each key can be tested as a sentence. Double keys (DD, I I, 0 0) count
 * only when the second press comes within DOUBLE_PRESS_MS of the first with nothing in between.
 */

/** Every command-mode command, in the order the shortcuts dialog lists them. */
export const COMMAND_NAMES = [
  'enter-editor',
  'run-advance',
  'run-stay',
  'run-insert-below',
  'insert-above',
  'insert-below',
  'delete',
  'to-markdown',
  'to-code',
  'select-up',
  'select-down',
  'copy',
  'cut',
  'paste-below',
  'paste-above',
  'undo-delete',
  'merge-below',
  'toggle-output',
  'toggle-output-scrolling',
  'interrupt',
  'restart',
  'help',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/** The parts of a KeyboardEvent that decide the command. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The key is held down and the browser repeats it. */
  repeat?: boolean;
}

/** Jupyter Notebook's window for the second press of a double key. */
export const DOUBLE_PRESS_MS = 800;

/** Keys pressed twice: one press alone does nothing (a stray D deletes nothing). */
const DOUBLE_KEYS: Record<string, CommandName> = { d: 'delete', i: 'interrupt', '0': 'restart' };

/** Single letters, without Shift (A and B are taken with or without it, as in Jupyter). */
const LETTERS: Record<string, CommandName> = {
  a: 'insert-above',
  b: 'insert-below',
  m: 'to-markdown',
  y: 'to-code',
  k: 'select-up',
  j: 'select-down',
  c: 'copy',
  x: 'cut',
  v: 'paste-below',
  z: 'undo-delete',
  o: 'toggle-output',
  h: 'help',
};

const SHIFTED: Record<string, CommandName> = {
  a: 'insert-above',
  b: 'insert-below',
  m: 'merge-below',
  v: 'paste-above',
  o: 'toggle-output-scrolling',
};

function enterCommand(press: KeyPress): CommandName | null {
  const { shiftKey, altKey, ctrlKey, metaKey } = press;
  const modifiers = [shiftKey, altKey, ctrlKey || metaKey].filter(Boolean).length;
  if (modifiers > 1) return null;
  if (shiftKey) return 'run-advance';
  if (altKey) return 'run-insert-below';
  if (ctrlKey || metaKey) return 'run-stay';
  return 'enter-editor';
}

/** What the first press of a double key returns: nothing to do yet, but the key is taken. */
export const FIRST_OF_TWO = 'first-of-two';

export type KeyReading = CommandName | typeof FIRST_OF_TWO | null;

/**
 * A reader of command-mode key presses. It remembers the first press of a double key, so make
 * one per page. `now` is injectable for tests.
 */
export function createCommandKeyReader(now: () => number = Date.now) {
  let first: { key: string; at: number } | null = null;

  return function read(press: KeyPress): KeyReading {
    const previous = first;
    first = null;
    if (press.key === 'Enter') return enterCommand(press);
    // Ctrl/Cmd and Alt combinations other than Enter stay the browser's (Ctrl+C copies text, etc.).
    if (press.altKey || press.ctrlKey || press.metaKey) return null;
    if (press.key === 'ArrowUp') return 'select-up';
    if (press.key === 'ArrowDown') return 'select-down';
    const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
    if (!press.shiftKey && key in DOUBLE_KEYS) {
      const at = now();
      if (press.repeat) {
        // Holding the key down is not pressing it twice.
        first = previous;
        return FIRST_OF_TWO;
      }
      if (previous?.key === key && at - previous.at <= DOUBLE_PRESS_MS) return DOUBLE_KEYS[key];
      first = { key, at };
      return FIRST_OF_TWO;
    }
    if (press.shiftKey) return SHIFTED[key] ?? null;
    return LETTERS[key] ?? null;
  };
}

/** Elements whose keys are their own: text fields, Monaco, and (for Enter and Space) buttons and links. */
const TYPING = '.monaco-editor, input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const ACTIVATES = 'button, a[href], summary, [role="button"]';

/** The DOM of a key event's target, as far as command mode asks about it. */
export interface KeyTarget {
  closest(selector: string): unknown;
}

/**
 * Whether a key press on `target` is for command mode: it is on a cell, or on the page itself
 * (after the focused cell was deleted), and not typed into an editor or field; Enter on a button
 * presses the button.
 */
export function isCommandModeTarget(target: KeyTarget | null, key: string, isPageBody: boolean): boolean {
  if (!target) return false;
  if (target.closest(TYPING)) return false;
  if ((key === 'Enter' || key === ' ') && target.closest(ACTIVATES)) return false;
  return isPageBody || Boolean(target.closest('[data-cell-id]'));
}
