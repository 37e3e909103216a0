/** One parsed stack frame. `file`, `line`, `column` are absent for frames like `at Array.map (<anonymous>)`. */
interface Frame {
  /** The frame text without the leading `at `, as the engine wrote it. */
  text: string;
  /** Function name, without V8's `async ` marker; empty for anonymous code. */
  name: string;
  file?: string;
  line?: number;
  column?: number;
}

// Chromium/V8: `    at name (location)` or `    at location`; the location of code run by eval
// without a sourceURL is `eval at caller (url:l:c), <anonymous>:l:c` (the position is the last part).
const V8_FRAME = /^\s*at\s+(?:(.*?)\s+\((.*)\)|(.*?))\s*$/;
// Firefox/Safari: `name@location`.
const AT_SIGN_FRAME = /^(.*?)@(.*:\d+:\d+)$/;
const POSITION = /(?:^|[\s,(])([^\s,()]+):(\d+):(\d+)$/;
// Names V8 gives the cell's own (anonymous) code when it is evaluated.
const ANONYMOUS = new Set(['', 'eval', '<anonymous>']);

/**
 * Rewrites an Error.stack from a cell function: frames in `sourceURL` become "Cell N, line L:C"
 * (user coordinates, line - lineOffset); frames from the kernel's own code are dropped; returns
 * the user-facing traceback lines and the first cell frame's line.
 *
 * The kernel's frames are the callers below the cell's outermost frame, so everything after the
 * last cell frame goes; frames above it (library code or other cells the user called) stay as
 * written. With no cell frame at all nothing is attributable to the user, and the traceback is empty.
 * Columns are those of the transformed body, which differ from the user's only on lines
 * where types were stripped or an import or the displayed expression was rewritten.
 */
export function mapCellStack(
  stack: string | undefined,
  sourceURL: string,
  lineOffset: number,
  cellLabel: string,
): { traceback: string[]; line: number | null } {
  const frames = (stack ?? '').split('\n').flatMap((text) => parseFrame(text) ?? []);
  const inCell = (frame: Frame) => frame.file === sourceURL && frame.line !== undefined && frame.line > lineOffset;
  const lastCellFrame = frames.findLastIndex(inCell);
  if (lastCellFrame === -1) return { traceback: [], line: null };

  const userFrames = frames.slice(0, lastCellFrame + 1);
  const first = userFrames.find(inCell);
  return {
    traceback: userFrames.map((frame) => (inCell(frame) ? cellFrameText(frame, lineOffset, cellLabel) : `    at ${frame.text}`)),
    line: first?.line !== undefined ? first.line - lineOffset : null,
  };
}

function cellFrameText(frame: Frame, lineOffset: number, cellLabel: string): string {
  const where = `${cellLabel}, line ${(frame.line ?? 0) - lineOffset}:${frame.column ?? 0}`;
  return ANONYMOUS.has(frame.name) ? `    at ${where}` : `    at ${frame.name} (${where})`;
}

/** Parses one line of a stack; null for lines that are not frames (the message). */
function parseFrame(text: string): Frame | null {
  const v8 = V8_FRAME.exec(text);
  if (v8) {
    const [, name = '', wrapped, bare = ''] = v8;
    const location = wrapped ?? bare.replace(/^async\s+/, '');
    return withPosition({ text: text.trim().replace(/^at\s+/, ''), name: name.replace(/^async\s+/, '') }, location);
  }
  const atSign = AT_SIGN_FRAME.exec(text.trim());
  if (atSign) {
    const [, name = '', location = ''] = atSign;
    return withPosition({ text: text.trim(), name }, location);
  }
  return null;
}

function withPosition(frame: Frame, location: string): Frame {
  const position = POSITION.exec(location);
  if (!position) return frame;
  const [, file, line, column] = position;
  return { ...frame, file, line: Number(line), column: Number(column) };
}
