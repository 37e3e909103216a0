'use client';
/** A cell's source coloured line by line with the editor theme's token classes, one element per line. */
import { memo, useMemo } from 'react';
import { highlightSource, type Run } from './highlightSource';
import styles from './SourceStandIn.module.css';

function splitLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines[lines.length - 1].push({ text, kind: run.kind });
    });
  }
  return lines;
}

export const ColouredLines = memo(function ColouredLines({ value, language }: { value: string; language: string }) {
  const lines = useMemo(() => splitLines(highlightSource(value, language)), [value, language]);
  return lines.map((runs, i) => (
    <div key={i} className={styles.line} data-n={i + 1}>
      {runs.map((run, j) =>
        run.kind ? (
          <span key={j} className={styles[run.kind]}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
      {/* The newline keeps the text content equal to the source (click offsets count it). */}
      {i < lines.length - 1 ? '\n' : null}
    </div>
  ));
});
