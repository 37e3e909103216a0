'use client';
/**
 * The home page: example notebooks (public/notebooks/index.json) and the user's own, with
 * New, Import (file picker, or a file dropped anywhere on the page) and Delete. Import is
 * all-or-nothing: a file that fails to parse leaves the store untouched and explains itself in
 * an alert.
 */
import { useState } from 'react';
import { Notice } from '../shell/Notice';
import { ExampleList } from './ExampleList';
import { GalleryHero } from './GalleryHero';
import { MyNotebookList } from './MyNotebookList';
import { useMyNotebooks } from './useMyNotebooks';
import styles from './Gallery.module.css';

export function Gallery() {
  const { notebooks, error, createNew, importFiles, remove } = useMyNotebooks();
  const [dragging, setDragging] = useState(false);

  return (
    <div
      className={`${styles.page} ${dragging ? styles.dragging : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles(e.dataTransfer.files);
      }}
    >
      <GalleryHero onNew={() => void createNew()} onImport={(files) => void importFiles(files)} />
      <Notice kind="error">{error}</Notice>
      <ExampleList />
      <MyNotebookList notebooks={notebooks} onDelete={(id, title) => void remove(id, title)} />
      <p className={styles.dropHint} aria-hidden="true">
        Drop a .ipynb file anywhere to import it
      </p>
    </div>
  );
}
