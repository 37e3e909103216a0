'use client';

import { stripAnsi } from '@/lib/outputs/ansi';
import { bundleText } from '@/lib/outputs/chooseView';
import type { Output } from '@/lib/notebook/types';
import { LongText } from './LongText';
import { MimeBundleView } from './MimeBundleView';
import styles from './outputs.module.css';

/** nbformat allows text as a list of lines; imported notebooks may use either form. */
function joined(text: unknown): string {
  return bundleText(text) ?? '';
}

/**
 * One nbformat output of a code cell: a stream (stderr tinted red), an error (name, message
 * and traceback), or a display_data / execute_result bundle shown in its richest safe form.
 */
export function OutputView({ output }: { output: Output }) {
  switch (output.output_type) {
    case 'stream': {
      const stderr = output.name === 'stderr';
      return (
        <div className={styles.output} data-output-type="stream">
          <LongText className={stderr ? `${styles.pre} ${styles.stderr}` : styles.pre} text={stripAnsi(joined(output.text))} />
        </div>
      );
    }
    case 'error': {
      const traceback = Array.isArray(output.traceback) ? output.traceback.map((line) => stripAnsi(String(line))) : [];
      return (
        <div className={`${styles.output} ${styles.error}`} role="group" aria-label="Error" data-output-type="error">
          <div className={styles.errorHeadline}>
            <span className={styles.errorName}>{output.ename}</span>: {output.evalue}
          </div>
          {traceback.length > 0 ? <LongText className={`${styles.pre} ${styles.traceback}`} text={traceback.join('\n')} /> : null}
        </div>
      );
    }
    case 'display_data':
    case 'execute_result':
      return (
        <div className={styles.output} data-output-type={output.output_type}>
          <MimeBundleView data={output.data ?? {}} />
        </div>
      );
    default: {
      // The union is exhausted at compile time, but a saved notebook may hold anything.
      const unknown = output as { output_type?: unknown };
      return <p className={styles.note}>Unknown output type: {String(unknown.output_type)}</p>;
    }
  }
}
