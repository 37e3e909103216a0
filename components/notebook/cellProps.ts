/** What a cell (CellView and its parts) is given: its data, its state on the page, and what it can ask the notebook to do. */
import type { Cell } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';
import type { RunMode } from '../editor/notebookKeys';

export interface CellCallbacks {
  select(cellId: Cell['id']): void;
  edit(cellId: Cell['id'], source: string): void;
  run(cellId: Cell['id'], mode: RunMode): void;
  remove(cellId: Cell['id']): void;
  move(cellId: Cell['id'], direction: 'up' | 'down'): void;
  insert(cellId: Cell['id'], type: 'code' | 'markdown', position: 'above' | 'below'): void;
  clear(cellId: Cell['id']): void;
  /** Hides or shows the cell's outputs (O, or the bar left of them). */
  toggleOutputs(cellId: Cell['id']): void;
  /** Esc in the editor: back to command mode on this cell. */
  leaveEditor(cellId: Cell['id']): void;
}

export interface CellViewProps {
  cell: Cell;
  index: number;
  selected: boolean;
  editing: boolean;
  runState: CellRunState | undefined;
  /** Code of a notebook in another language can be read but not run or edited. */
  readOnlyCode: boolean;
  language: string;
  callbacks: CellCallbacks;
  setEditing(cellId: Cell['id'], editing: boolean): void;
}
