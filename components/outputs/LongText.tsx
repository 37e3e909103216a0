'use client';
/**
 * A text output (a stream, plain text, a traceback) in a <pre>. A long one shows its first lines
 * and its last few (a running cell's latest log lines stay in view), with the middle offered in
 * pages, so megabytes of saved logs don't freeze the page that opens them.
 */
import { useState } from 'react';
import { countLines, nextTextEnd, tailStart, TEXT_SHOW_ALL_LIMIT } from './paging';
import { ShowMore } from './ShowMore';
import styles from './outputs.module.css';

const count = (n: number) => n.toLocaleString('en-US');

export function LongText({ text, className = styles.pre }: { text: string; className?: string }) {
  // How far the reader has asked to see; the first page always shows, however the text grows while a cell streams.
  const [requestedEnd, setRequestedEnd] = useState(0);
  const headEnd = Math.max(nextTextEnd(text, 0), Math.min(requestedEnd, text.length));
  const tailFrom = tailStart(text);
  if (tailFrom <= headEnd) return <pre className={className}>{text}</pre>;

  const hiddenLines = countLines(text.slice(headEnd, tailFrom));
  const hiddenChars = tailFrom - headEnd;
  const nextEnd = Math.min(nextTextEnd(text, headEnd), tailFrom);
  const nextLines = countLines(text.slice(headEnd, nextEnd));
  return (
    <div>
      <pre className={className}>{text.slice(0, headEnd)}</pre>
      <ShowMore
        status={hiddenLines > 1 ? `${count(hiddenLines)} lines hidden` : `${count(hiddenChars)} characters hidden`}
        moreLabel={nextEnd >= tailFrom ? 'Show the rest' : nextLines > 1 ? `Show ${count(nextLines)} more lines` : 'Show more'}
        onMore={() => setRequestedEnd(nextEnd)}
        allLabel={text.length <= TEXT_SHOW_ALL_LIMIT && nextEnd < tailFrom ? 'Show all' : undefined}
        onAll={() => setRequestedEnd(Infinity)}
      />
      <pre className={className}>{text.slice(tailFrom)}</pre>
    </div>
  );
}
