import { describe, expect, it } from 'vitest';
import { createCommandKeyReader, DOUBLE_PRESS_MS, FIRST_OF_TWO, isCommandModeTarget, type KeyPress } from './commandKeys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

/** A reader on a clock the test moves. */
function reader() {
  let time = 1_000;
  const read = createCommandKeyReader(() => time);
  return { read, wait: (ms: number) => (time += ms) };
}

describe('command-mode keys', () => {
  it.each([
    ['a', 'insert-above'],
    ['b', 'insert-below'],
    ['m', 'to-markdown'],
    ['y', 'to-code'],
    ['c', 'copy'],
    ['x', 'cut'],
    ['v', 'paste-below'],
    ['z', 'undo-delete'],
    ['o', 'toggle-output'],
    ['h', 'help'],
    ['k', 'select-up'],
    ['j', 'select-down'],
    ['ArrowUp', 'select-up'],
    ['ArrowDown', 'select-down'],
    ['Enter', 'enter-editor'],
  ])('%s means %s', (key, command) => {
    expect(reader().read(press(key))).toBe(command);
  });

  it.each([
    ['M', 'merge-below'],
    ['V', 'paste-above'],
    ['O', 'toggle-output-scrolling'],
    ['A', 'insert-above'],
    ['B', 'insert-below'],
  ])('Shift+%s means %s', (key, command) => {
    expect(reader().read(press(key, { shiftKey: true }))).toBe(command);
  });

  it('reads Enter with a modifier as a way to run: Shift advances, Ctrl or Cmd stays, Alt inserts below', () => {
    const { read } = reader();
    expect(read(press('Enter', { shiftKey: true }))).toBe('run-advance');
    expect(read(press('Enter', { ctrlKey: true }))).toBe('run-stay');
    expect(read(press('Enter', { metaKey: true }))).toBe('run-stay');
    expect(read(press('Enter', { altKey: true }))).toBe('run-insert-below');
    expect(read(press('Enter', { altKey: true, shiftKey: true }))).toBeNull();
  });

  it('leaves Ctrl, Cmd and Alt combinations with letters to the browser (Ctrl+C copies text)', () => {
    const { read } = reader();
    expect(read(press('c', { ctrlKey: true }))).toBeNull();
    expect(read(press('v', { metaKey: true }))).toBeNull();
    expect(read(press('z', { altKey: true }))).toBeNull();
    expect(read(press('s', { ctrlKey: true }))).toBeNull();
  });

  it('ignores keys it does not know, and Caps Lock does not turn M into merge', () => {
    const { read } = reader();
    expect(read(press('q'))).toBeNull();
    expect(read(press('Tab'))).toBeNull();
    expect(read(press('M'))).toBe('to-markdown');
  });
});

describe('double keys', () => {
  it.each([
    ['d', 'delete'],
    ['i', 'interrupt'],
    ['0', 'restart'],
  ])('%s %s within the window runs it; the first press alone only waits', (key, command) => {
    const { read, wait } = reader();
    expect(read(press(key))).toBe(FIRST_OF_TWO);
    wait(DOUBLE_PRESS_MS - 1);
    expect(read(press(key))).toBe(command);
  });

  it('a second press after the window starts over instead', () => {
    const { read, wait } = reader();
    read(press('i'));
    wait(DOUBLE_PRESS_MS + 1);
    expect(read(press('i'))).toBe(FIRST_OF_TWO);
    wait(10);
    expect(read(press('i'))).toBe('interrupt');
  });

  it('needs the same key twice in a row: D I D deletes nothing, and a third press starts a new pair', () => {
    const { read } = reader();
    expect(read(press('d'))).toBe(FIRST_OF_TWO);
    expect(read(press('i'))).toBe(FIRST_OF_TWO);
    expect(read(press('d'))).toBe(FIRST_OF_TWO);
    expect(read(press('d'))).toBe('delete');
    expect(read(press('d'))).toBe(FIRST_OF_TWO);
  });

  it('another key in between cancels the pair', () => {
    const { read } = reader();
    read(press('0'));
    expect(read(press('j'))).toBe('select-down');
    expect(read(press('0'))).toBe(FIRST_OF_TWO);
  });

  it('holding the key down (auto-repeat) is not a second press', () => {
    const { read } = reader();
    read(press('d'));
    expect(read(press('d', { repeat: true }))).toBe(FIRST_OF_TWO);
    expect(read(press('d', { repeat: true }))).toBe(FIRST_OF_TWO);
    // A real second press after the repeats still counts.
    expect(read(press('d'))).toBe('delete');
  });

  it('Shift+0 is not 0', () => {
    const { read } = reader();
    read(press('0'));
    expect(read(press(')', { shiftKey: true }))).toBeNull();
  });
});

/** A stand-in for an element: `closest` answers for the selectors it is inside of. */
function element(inside: string[]) {
  return {
    closest: (selector: string) => (selector.split(',').some((part) => inside.some((name) => part.trim().startsWith(name))) ? {} : null),
  };
}

describe('where command mode listens', () => {
  it('takes keys on a cell', () => {
    expect(isCommandModeTarget(element(['[data-cell-id]']), 'd', false)).toBe(true);
  });

  it('never inside a cell editor, an input, a textarea, a select or editable content', () => {
    for (const inside of ['.monaco-editor', 'input', 'textarea', 'select', '[contenteditable']) {
      expect(isCommandModeTarget(element(['[data-cell-id]', inside]), 'd', false), inside).toBe(false);
    }
  });

  it('leaves Enter and Space on a button to the button, but takes letters there', () => {
    const onButton = element(['[data-cell-id]', 'button']);
    expect(isCommandModeTarget(onButton, 'Enter', false)).toBe(false);
    expect(isCommandModeTarget(onButton, ' ', false)).toBe(false);
    expect(isCommandModeTarget(onButton, 'o', false)).toBe(true);
  });

  it('takes keys on the page itself (the focused cell was just deleted), but not elsewhere outside cells', () => {
    expect(isCommandModeTarget(element([]), 'z', true)).toBe(true);
    expect(isCommandModeTarget(element([]), 'z', false)).toBe(false);
    expect(isCommandModeTarget(null, 'z', false)).toBe(false);
  });
});
