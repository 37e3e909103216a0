'use client';
/** The panels beside a runnable notebook's cells: the Spark workers and the uploaded data. */
import type { ComponentProps } from 'react';
import { WorkersPanel } from '../cluster/WorkersPanel';
import { DataPanel } from '../data/DataPanel';
import { SectionBoundary } from '../shell/SectionBoundary';
import styles from './Notebook.module.css';

export function NotebookSidePanels({ cluster, manager }: ComponentProps<typeof WorkersPanel>) {
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
}
