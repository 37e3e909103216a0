'use client';
/** The panels beside a runnable notebook's cells: the Spark workers and the uploaded data. */
import { memo, type ComponentProps } from 'react';
import { WorkersPanel } from '../cluster/WorkersPanel';
import { DataPanel } from '../data/DataPanel';
import { SectionBoundary } from '../shell/SectionBoundary';
import styles from './Notebook.module.css';

// Memoised: the page re-renders on every selection move (↑/↓), which does not concern the panels.
export const NotebookSidePanels = memo(function NotebookSidePanels({ cluster, manager }: ComponentProps<typeof WorkersPanel>) {
  return (
    <div className={styles.sidePanels}>
      <SectionBoundary name="The workers panel">
        <WorkersPanel cluster={cluster} manager={manager} />
      </SectionBoundary>
      <SectionBoundary name="The data panel">
        <DataPanel />
      </SectionBoundary>
    </div>
  );
});
