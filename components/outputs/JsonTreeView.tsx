'use client';
/**
 * An `application/json` output as a collapsible tree, as JupyterLab shows IPython.display.JSON.
 * Every key and value is React text (never markup), and a node renders its children only once it
 * is opened, so a huge or deeply nested document costs what the reader expands, not its size.
 */
import { useState } from 'react';
import styles from './JsonTreeView.module.css';

/** Nodes at a smaller depth start open: the top level of a document is what one looks at first. */
const OPEN_DEPTH = 1;
/** Children listed before a "Show all" button; a 100 000-item array would otherwise stall the page. */
export const MAX_CHILDREN_SHOWN = 100;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function summaryOf(value: Container): string {
  if (Array.isArray(value)) return `[…] ${value.length} item${value.length === 1 ? '' : 's'}`;
  const n = Object.keys(value).length;
  return `{…} ${n} key${n === 1 ? '' : 's'}`;
}

function Primitive({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span className={styles.string}>{JSON.stringify(value)}</span>;
  if (typeof value === 'number') return <span className={styles.number}>{String(value)}</span>;
  if (typeof value === 'boolean') return <span className={styles.boolean}>{String(value)}</span>;
  return <span className={styles.null}>null</span>;
}

function Key({ name }: { name: string | null }) {
  return name === null ? null : <span className={styles.key}>{name}: </span>;
}

function Children({ value, depth }: { value: Container; depth: number }) {
  const [showAll, setShowAll] = useState(false);
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const shown = showAll ? entries : entries.slice(0, MAX_CHILDREN_SHOWN);
  return (
    <ul className={styles.children}>
      {shown.map(([key, child]) => (
        <li key={key}>
          <JsonNode name={key} value={child} depth={depth + 1} />
        </li>
      ))}
      {shown.length < entries.length && (
        <li>
          <button type="button" className="sb-button sb-button-ghost" onClick={() => setShowAll(true)}>
            Show all {entries.length.toLocaleString('en-US')}
          </button>
        </li>
      )}
    </ul>
  );
}

function JsonNode({ name, value, depth }: { name: string | null; value: unknown; depth: number }) {
  const [open, setOpen] = useState(depth < OPEN_DEPTH);
  if (!isContainer(value)) {
    return (
      <span className={styles.leaf}>
        <Key name={name} />
        <Primitive value={value} />
      </span>
    );
  }
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Key name={name} />
        <span className={styles.summary}>{summaryOf(value)}</span>
      </summary>
      {open && <Children value={value} depth={depth} />}
    </details>
  );
}

export function JsonTreeView({ value }: { value: unknown }) {
  return (
    <div className={styles.tree} role="group" aria-label="JSON output">
      <JsonNode name={null} value={value} depth={0} />
    </div>
  );
}
