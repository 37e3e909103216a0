/**
 * nbformat promises that a newer minor version of format 4 only adds things, so Jupyter opens
 * such a file with a warning instead of refusing it. Sparkbook does the same: before the file is
 * read with our 4.5 schema, cell and output types we don't know become things we do (a raw cell,
 * a note in place of the output), and the reader is told what was changed. Pure: the importer
 * passes the file's JSON in and gets a copy back.
 */
import { isPlainObject } from './ipynbMetadata';

/** The newest nbformat 4 minor version Sparkbook reads and writes in full. */
export const NEWEST_KNOWN_MINOR = 5;

const KNOWN_CELL_TYPES = ['code', 'markdown', 'raw'];
const KNOWN_OUTPUT_TYPES = ['stream', 'display_data', 'execute_result', 'error'];

/** What the relaxed file is, and what the reader should be told about it. */
export interface RelaxedNotebook {
  raw: Record<string, unknown>;
  /** The warning, then one line per changed cell or output; empty when nothing needed saying. */
  notes: string[];
}

/** The text an unknown output is replaced with, so the cell says there was something there. */
export function unknownOutputText(outputType: string): string {
  return `[An output of type "${outputType}" from a newer notebook format; Sparkbook can't show it.]`;
}

function relaxOutputs(outputs: unknown, cellNumber: number, notes: string[]): unknown {
  if (!Array.isArray(outputs)) return outputs;
  return outputs.map((output, i) => {
    if (!isPlainObject(output) || typeof output.output_type !== 'string' || KNOWN_OUTPUT_TYPES.includes(output.output_type)) return output;
    notes.push(`Cell ${cellNumber}, output ${i + 1}: unknown output type "${output.output_type}", replaced by a note.`);
    return { output_type: 'display_data', data: { 'text/plain': unknownOutputText(output.output_type) }, metadata: {} };
  });
}

function relaxCell(cell: unknown, index: number, notes: string[]): unknown {
  if (!isPlainObject(cell) || typeof cell.cell_type !== 'string') return cell;
  if (cell.cell_type === 'code') return { ...cell, outputs: relaxOutputs(cell.outputs, index + 1, notes) };
  if (KNOWN_CELL_TYPES.includes(cell.cell_type)) return cell;
  notes.push(`Cell ${index + 1}: unknown cell type "${cell.cell_type}", opened as a raw cell.`);
  const source = typeof cell.source === 'string' || Array.isArray(cell.source) ? cell.source : '';
  return { id: cell.id, cell_type: 'raw', metadata: isPlainObject(cell.metadata) ? cell.metadata : {}, source };
}

/**
 * For a file of a newer nbformat 4 minor version: the file with unknown cell and output types
 * replaced, and the warning to show. Files of a version we know come back unchanged, without notes:
 * for them an unknown type is an error, as it is for Jupyter.
 */
export function relaxNewerMinorVersion(raw: Record<string, unknown>): RelaxedNotebook {
  const minor = raw.nbformat_minor;
  if (typeof minor !== 'number' || minor <= NEWEST_KNOWN_MINOR) return { raw, notes: [] };
  const changes: string[] = [];
  const cells = Array.isArray(raw.cells) ? raw.cells.map((cell, i) => relaxCell(cell, i, changes)) : raw.cells;
  const warning =
    `This notebook is nbformat 4.${minor}, newer than the 4.${NEWEST_KNOWN_MINOR} Sparkbook fully supports. ` +
    'It opened, but cell and output types added by later versions are not available, and exporting it ' +
    `writes nbformat 4.${NEWEST_KNOWN_MINOR} without them` +
    (changes.length > 0 ? '. Changed on opening:' : ' (this one has none).');
  return { raw: { ...raw, cells }, notes: [warning, ...changes] };
}
