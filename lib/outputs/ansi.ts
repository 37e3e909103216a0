/**
 * Tracebacks imported from Jupyter (IPython) are coloured with ANSI escape codes; shown raw in
 * a <pre> they read as "\x1b[0;31m" noise, so the page strips them.
 */

// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Removes ANSI escape sequences from text. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
