'use client';
/**
 * A cell's source: its code editor, or a Markdown cell's rendered text (double-click or Enter
 * opens its editor; running it renders it again).
 */
import type { Cell } from '../../lib/notebook/types';
import { LazyCodeEditor } from '../editor/LazyCodeEditor';
import { LazyMarkdownView } from '../outputs/LazyMarkdownView';
import type { CellViewProps } from './cellProps';
import styles from './Notebook.module.css';

export type CellSourceProps = Pick<
  CellViewProps,
  'cell' | 'selected' | 'editing' | 'readOnlyCode' | 'language' | 'callbacks' | 'setEditing'
> & {
  n: number;
};

export function CellSource({ cell, n, selected, editing, readOnlyCode, language, callbacks, setEditing }: CellSourceProps) {
  const isMarkdown = cell.cell_type === 'markdown';
  if (isMarkdown && !editing) return <RenderedMarkdown cell={cell} selected={selected} onEdit={() => setEditing(cell.id, true)} />;
  return (
    <div className={styles.editorFrame}>
      <LazyCodeEditor
        eager={selected}
        value={cell.source}
        language={isMarkdown ? 'markdown' : readOnlyCode ? language : 'typescript'}
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
  );
}

function RenderedMarkdown({ cell, selected, onEdit }: { cell: Cell; selected: boolean; onEdit(): void }) {
  return (
    <div className={styles.markdown} onDoubleClick={onEdit} title="Double-click (or Enter) to edit">
      {cell.source.trim() ? (
        <LazyMarkdownView source={cell.source} attachments={cell.attachments} eager={selected} />
      ) : (
        <p className={styles.placeholder}>Empty Markdown cell — double-click to edit</p>
      )}
    </div>
  );
}
