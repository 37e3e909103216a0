import { describe, expect, it, vi } from 'vitest';
import type { CellId } from '../../lib/notebook/ids';
import { COMMAND_NAMES, type CommandName } from './commandKeys';
import { dispatchCommand, type CommandModeHandlers } from './useCommandMode';

const cellId = 'c1' as CellId;

function spyHandlers() {
  return {
    selected: vi.fn(() => cellId),
    enterEditor: vi.fn(),
    run: vi.fn(),
    insert: vi.fn(),
    remove: vi.fn(),
    setType: vi.fn(),
    moveSelection: vi.fn(),
    copy: vi.fn(),
    cut: vi.fn(),
    paste: vi.fn(),
    undoDelete: vi.fn(),
    mergeBelow: vi.fn(),
    toggleOutput: vi.fn(),
    toggleOutputScrolling: vi.fn(),
    interrupt: vi.fn(),
    restart: vi.fn(),
    showHelp: vi.fn(),
  } satisfies CommandModeHandlers;
}

const expected: Record<CommandName, [keyof CommandModeHandlers, unknown[]]> = {
  'enter-editor': ['enterEditor', [cellId]],
  'run-advance': ['run', [cellId, 'advance']],
  'run-stay': ['run', [cellId, 'stay']],
  'run-insert-below': ['run', [cellId, 'insert-below']],
  'insert-above': ['insert', [cellId, 'above']],
  'insert-below': ['insert', [cellId, 'below']],
  delete: ['remove', [cellId]],
  'to-markdown': ['setType', [cellId, 'markdown']],
  'to-code': ['setType', [cellId, 'code']],
  'select-up': ['moveSelection', [-1]],
  'select-down': ['moveSelection', [1]],
  copy: ['copy', [cellId]],
  cut: ['cut', [cellId]],
  'paste-below': ['paste', [cellId, 'below']],
  'paste-above': ['paste', [cellId, 'above']],
  'undo-delete': ['undoDelete', []],
  'merge-below': ['mergeBelow', [cellId]],
  'toggle-output': ['toggleOutput', [cellId]],
  'toggle-output-scrolling': ['toggleOutputScrolling', [cellId]],
  interrupt: ['interrupt', []],
  restart: ['restart', []],
  help: ['showHelp', []],
};

describe('dispatchCommand', () => {
  it.each(COMMAND_NAMES)('%s calls its handler, and only that one', (command) => {
    const handlers = spyHandlers();
    dispatchCommand(command, cellId, handlers);
    const [name, args] = expected[command];
    expect(handlers[name]).toHaveBeenCalledExactlyOnceWith(...args);
    const others = Object.entries(handlers).filter(([key]) => key !== name && key !== 'selected');
    for (const [key, spy] of others) expect(spy, key).not.toHaveBeenCalled();
  });
});
