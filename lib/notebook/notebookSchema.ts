import { z } from 'zod';
import { asCellId, asNotebookId } from './ids';
import type { Cell, Notebook } from './types';

/**
 * The app's own Notebook shape (types.ts) as a zod schema, for data that comes back from outside
 * the running code: IndexedDB records written by an older version, share links, etc.
 * .ipynb files have their own, more lenient schema (ipynbSchema.ts).
 */

const record = z.record(z.string(), z.unknown());

/** The 'text/plain' of a bundle is always shown as text, so it must be text. */
const mimeBundle = record.refine((bundle) => bundle['text/plain'] === undefined || typeof bundle['text/plain'] === 'string', {
  message: 'expected "text/plain" to be a string',
  path: ['text/plain'],
});

/** One output of a code cell (types.ts's Output). */
export const outputSchema = z.discriminatedUnion('output_type', [
  z.object({ output_type: z.literal('stream'), name: z.enum(['stdout', 'stderr']), text: z.string() }),
  z.object({
    output_type: z.literal('display_data'),
    data: mimeBundle,
    metadata: record,
    transient: z.object({ display_id: z.string().optional() }).optional(),
  }),
  z.object({
    output_type: z.literal('execute_result'),
    execution_count: z.number().nullable(),
    data: mimeBundle,
    metadata: record,
  }),
  z.object({ output_type: z.literal('error'), ename: z.string(), evalue: z.string(), traceback: z.array(z.string()) }),
]);

/** A stored cell. */
export const cellSchema = z.object({
  id: z.string().min(1).transform(asCellId),
  cell_type: z.enum(['code', 'markdown', 'raw']),
  source: z.string(),
  outputs: z.array(outputSchema),
  execution_count: z.number().nullable(),
  metadata: record,
  attachments: z.record(z.string(), mimeBundle).optional(),
});

/** A stored notebook; parsing gives a Notebook without extra keys. */
export const notebookSchema = z.object({
  id: z.string().min(1).transform(asNotebookId),
  title: z.string(),
  cells: z.array(cellSchema),
  language: z.string(),
  metadata: record,
  createdAt: z.number(),
  updatedAt: z.number(),
  // A newer version may add origins; the notebook is still readable without knowing where it came from.
  origin: z.enum(['new', 'import', 'example', 'shared']).optional().catch(undefined),
  // Anything but a boolean reads as unset, and isTrusted then decides by origin.
  trusted: z.boolean().optional().catch(undefined),
  // Only ever shown as text; anything else reads as no notes rather than losing the notebook.
  importNotes: z.array(z.string()).optional().catch(undefined),
});

// Compile-time guard: adding a field to Notebook or Cell without adding it here fails the type
// check, instead of the field being silently stripped on every read from IndexedDB.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const notebookKeysMatch: SameKeys<z.output<typeof notebookSchema>, Notebook> = true;
const cellKeysMatch: SameKeys<z.output<typeof cellSchema>, Cell> = true;
const outputMatchesNotebook: z.output<typeof notebookSchema> extends Notebook ? true : false = true;
void [notebookKeysMatch, cellKeysMatch, outputMatchesNotebook];
