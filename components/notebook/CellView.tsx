'use client';
/**
 * One cell: the gutter ([n] and Run), the editor (code) or rendered Markdown, a hover toolbar,
 * and the outputs. Command-mode keys are handled by the notebook, on the focused cell element.
 */
import { memo, useState } from 'react';
import type { Cell } from '../../lib/notebook/types';
import type { CellRunState } from '../../lib/state/notebookSession';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { LazyMarkdownView } from '../outputs/LazyMarkdownView';
import { CellOutputs } from './CellOutputs';
import { CellRunTime } from './CellRunTime';
import type { RunMode } from '../editor/notebookKeys';
import styles from './Notebook.module.css';

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

function promptLabel(cell: Cell, runState: CellRunState | undefined) {
  if (cell.cell_type !== 'code') return '';
  if (runState) return '[*]';
  return `[${cell.execution_count ?? ' '}]`;
}

export const CellView = memo(function CellView(props: CellViewProps) {
  const { cell, index, selected, editing, runState, readOnlyCode, language, callbacks, setEditing } = props;
  const n = index + 1;
  const [hovered, setHovered] = useState(false);
  const isMarkdown = cell.cell_type === 'markdown';
  const showEditor = !isMarkdown || editing;
  const editorLanguage = isMarkdown ? 'markdown' : readOnlyCode ? language : 'typescript';

  return (
    <section
      aria-label={`Cell ${n}`}
      data-cell-id={cell.id}
      data-cell-type={cell.cell_type}
      tabIndex={-1}
      className={`${styles.cell} ${selected ? styles.selected : ''} ${runState ? styles.running : ''}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => callbacks.select(cell.id)}
      onClick={() => callbacks.select(cell.id)}
    >
      <div className={styles.gutter}>
        <span className={styles.prompt} aria-label={cell.cell_type === 'code' ? `Execution count ${cell.execution_count ?? 'none'}` : undefined}>
          {promptLabel(cell, runState)}
        </span>
        <CellRunTime cell={cell} running={runState !== undefined} />
        {(cell.cell_type === 'code' || isMarkdown) && (
          <button
            className={styles.runButton}
            aria-label="Run cell"
            title={isMarkdown ? 'Render (Shift+Enter)' : 'Run (Shift+Enter)'}
            disabled={cell.cell_type === 'code' && readOnlyCode}
            onClick={(e) => {
              e.stopPropagation();
              callbacks.run(cell.id, 'stay');
            }}
          >
            ▶
          </button>
        )}
      </div>
      <div className={styles.body}>
        {(hovered || selected) && (
          <div className={styles.cellTools} role="toolbar" aria-label={`Cell ${n} actions`}>
            <button aria-label="Move cell up" title="Move up" onClick={() => callbacks.move(cell.id, 'up')}>↑</button>
            <button aria-label="Move cell down" title="Move down" onClick={() => callbacks.move(cell.id, 'down')}>↓</button>
            <button aria-label="Insert code cell above" title="Code cell above (A)" onClick={() => callbacks.insert(cell.id, 'code', 'above')}>+↑</button>
            <button aria-label="Insert code cell below" title="Code cell below (B)" onClick={() => callbacks.insert(cell.id, 'code', 'below')}>+↓</button>
            <button aria-label="Insert markdown cell below" title="Markdown cell below" onClick={() => callbacks.insert(cell.id, 'markdown', 'below')}>M↓</button>
            {cell.cell_type === 'code' && (
              <button aria-label="Clear cell output" title="Clear output" onClick={() => callbacks.clear(cell.id)}>⌫</button>
            )}
            <button aria-label="Delete cell" title="Delete (DD)" onClick={() => callbacks.remove(cell.id)}>✕</button>
          </div>
        )}
        {showEditor ? (
          <div className={styles.editorFrame}>
            <LazyCodeEditor
              eager={selected}
              value={cell.source}
              language={editorLanguage}
              readOnly={cell.cell_type === 'code' && readOnlyCode}
              ariaLabel={`Code of cell ${n}`}
              autoFocus={editing}
              onChange={(source) => callbacks.edit(cell.id, source)}
              onRun={(mode) => {
                if (isMarkdown) setEditing(cell.id, false);
                callbacks.run(cell.id, mode);
              }}
              onEscape={() => {
                if (isMarkdown) setEditing(cell.id, false);
                callbacks.leaveEditor(cell.id);
              }}
              onFocus={() => callbacks.select(cell.id)}
            />
          </div>
        ) : (
          <div
            className={styles.markdown}
            onDoubleClick={() => setEditing(cell.id, true)}
            title="Double-click (or Enter) to edit"
          >
            {cell.source.trim() ? <LazyMarkdownView source={cell.source} attachments={cell.attachments} eager={selected} /> : <p className={styles.placeholder}>Empty Markdown cell — double-click to edit</p>}
          </div>
        )}
        {cell.cell_type === 'code' && <CellOutputs cell={cell} label={`Output of cell ${n}`} n={n} runState={runState} onToggleHidden={() => callbacks.toggleOutputs(cell.id)} />}
      </div>
    </section>
  );
});
