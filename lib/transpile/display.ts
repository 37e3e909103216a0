import type { Program } from 'acorn';
import type { Edit } from './edits';
import { RUNTIME } from './runtimeNames';

/**
 * If the cell ends with an expression statement, edits that capture its value in `__value`
 * without moving it: `EXPR;` becomes `__value = (EXPR);` where EXPR stood, however many
 * lines it spans. A trailing declaration, loop, etc. displays nothing.
 */
export function displayEdits(program: Program, code: string): { hasDisplayValue: boolean; edits: Edit[] } {
  const last = program.body.at(-1);
  // A last string statement is displayed even when acorn marks it as a directive: a cell that is
  // just 'start' shows 'start', as in Jupyter. A 'use strict' followed by code is not last.
  if (last?.type !== 'ExpressionStatement') return { hasDisplayValue: false, edits: [] };
  const { start, end } = last.expression;
  const edits: Edit[] = [
    { start, end: start, text: `${RUNTIME.value} = (` },
    { start: end, end, text: ')' },
  ];
  // The user may have relied on ASI; terminate the statement so nothing appended can join it.
  if (code[last.end - 1] !== ';') edits.push({ start: last.end, end: last.end, text: ';' });
  return { hasDisplayValue: true, edits };
}
