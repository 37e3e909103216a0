/**
 * Every key the notebook answers, as the shortcuts dialog (H) and the README list them. Command
 * mode: a cell is selected and no editor has focus (Esc gets there). Edit mode: typing in a cell.
 */
import type { CommandName } from './commandKeys';

export interface Shortcut {
  /** Each a key combination, e.g. ['Shift', 'Enter']; several mean "any of these". */
  keys: string[][];
  /** What it does, in a sentence. */
  does: string;
  /** The command-mode commands it stands for, so a test can check that none is left unlisted. */
  commands?: CommandName[];
}

const CMD = 'Ctrl/Cmd';

export const COMMAND_MODE_SHORTCUTS: Shortcut[] = [
  { keys: [['Enter']], does: 'Edit the selected cell', commands: ['enter-editor'] },
  { keys: [['Shift', 'Enter']], does: 'Run the cell and select the one below (a new cell at the end)', commands: ['run-advance'] },
  { keys: [[CMD, 'Enter']], does: 'Run the cell and stay on it', commands: ['run-stay'] },
  { keys: [['Alt', 'Enter']], does: 'Run the cell and insert a code cell below', commands: ['run-insert-below'] },
  { keys: [['↑'], ['K']], does: 'Select the cell above', commands: ['select-up'] },
  { keys: [['↓'], ['J']], does: 'Select the cell below', commands: ['select-down'] },
  { keys: [['A']], does: 'Insert a code cell above', commands: ['insert-above'] },
  { keys: [['B']], does: 'Insert a code cell below', commands: ['insert-below'] },
  { keys: [['M']], does: 'Make the cell Markdown', commands: ['to-markdown'] },
  { keys: [['Y']], does: 'Make the cell code', commands: ['to-code'] },
  { keys: [['C']], does: 'Copy the cell, outputs included', commands: ['copy'] },
  { keys: [['X']], does: 'Cut the cell', commands: ['cut'] },
  { keys: [['V']], does: 'Paste the copied cell below', commands: ['paste-below'] },
  { keys: [['Shift', 'V']], does: 'Paste the copied cell above', commands: ['paste-above'] },
  { keys: [['D', 'D']], does: 'Delete the cell', commands: ['delete'] },
  { keys: [['Z']], does: 'Undo the last cell deletion: the cell comes back where it was, with its outputs', commands: ['undo-delete'] },
  {
    keys: [['Shift', 'M']],
    does: 'Merge the cell with the one below, as Jupyter does: both sources, a blank line between; a merged code cell’s outputs are cleared',
    commands: ['merge-below'],
  },
  { keys: [['O']], does: 'Hide or show the cell’s output (or click the bar at its left)', commands: ['toggle-output'] },
  {
    keys: [['Shift', 'O']],
    does: 'Scroll a long output in its box, or show it at full height; a box at its bottom follows a running cell’s new lines',
    commands: ['toggle-output-scrolling'],
  },
  { keys: [['I', 'I']], does: 'Interrupt the kernel', commands: ['interrupt'] },
  { keys: [['0', '0']], does: 'Restart the kernel: variables are lost, code and outputs are kept', commands: ['restart'] },
  { keys: [['H']], does: 'Show these shortcuts', commands: ['help'] },
  { keys: [[CMD, 'S']], does: 'Save now' },
];

export const EDIT_MODE_SHORTCUTS: Shortcut[] = [
  { keys: [['Esc']], does: 'Leave the editor (command mode)' },
  { keys: [['Shift', 'Enter']], does: 'Run the cell and go to the one below (a new cell at the end)' },
  { keys: [[CMD, 'Enter']], does: 'Run the cell' },
  { keys: [['Alt', 'Enter']], does: 'Run the cell and insert a code cell below' },
  { keys: [[CMD, 'S']], does: 'Save now' },
  { keys: [['Ctrl', 'Space']], does: 'Suggest completions' },
  { keys: [[CMD, '/']], does: 'Comment or uncomment the line' },
  { keys: [[CMD, 'F']], does: 'Find in the cell' },
  { keys: [[CMD, 'Z']], does: 'Undo typing' },
  { keys: [[CMD, 'Shift', 'Z']], does: 'Redo typing' },
];

/** "Shift+Enter", "D D" (press twice), "↑ / K". */
export function formatKeys(keys: string[][]): string {
  return keys.map((combo) => (combo.length === 2 && combo[0] === combo[1] ? `${combo[0]} ${combo[1]}` : combo.join('+'))).join(' / ');
}
