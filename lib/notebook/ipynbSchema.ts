import { z } from 'zod';

/**
 * The .ipynb format on both sides of the trust boundary: a zod schema that reads nbformat 4.x as
 * leniently as Jupyter does, and the exact shape we write (nbformat 4.5, schema/ in this folder).
 */

/** True for MIME types whose value is JSON itself, not text (nbformat's `^application/(.*\+)?json$`). */
export function isJsonMime(mime: string): boolean {
  return /^application\/(.*\+)?json$/.test(mime);
}

/** nbformat writes long text as a list of lines; both forms are valid, we hold one string. */
const multilineString = z
  .union([z.string(), z.array(z.string())], { error: 'expected a string or an array of strings' })
  .transform((value) => (Array.isArray(value) ? value.join('') : value));

const metadata = z.record(z.string(), z.unknown(), { error: 'expected an object' });

/** A MIME bundle: JSON types keep their JSON value, every other type is (multi-line) text. */
const mimeBundle = z
  .record(z.string(), z.unknown(), { error: 'expected an object keyed by MIME type' })
  .superRefine((bundle, ctx) => {
    for (const [mime, value] of Object.entries(bundle)) {
      if (isJsonMime(mime)) continue;
      const isText = typeof value === 'string' || (Array.isArray(value) && value.every((line) => typeof line === 'string'));
      if (!isText) ctx.addIssue({ code: 'custom', path: [mime], message: 'expected a string or an array of strings' });
    }
  })
  .transform((bundle) => {
    const out: Record<string, unknown> = {};
    for (const [mime, value] of Object.entries(bundle)) {
      out[mime] = !isJsonMime(mime) && Array.isArray(value) ? value.join('') : value;
    }
    return out;
  });

/** Names the bad discriminator, so an unknown output or cell type reads as such, not "Invalid input". */
function unknownKind(key: string, known: string[]) {
  return (issue: { input?: unknown }) => {
    const value = (issue.input as Record<string, unknown> | undefined)?.[key];
    const list = known.map((k) => `"${k}"`).join(', ');
    return value === undefined ? `missing "${key}" (one of ${list})` : `unknown ${key} ${JSON.stringify(value)} (expected one of ${list})`;
  };
}

const executionCount = z
  .number()
  .int()
  .nonnegative()
  .nullish()
  .catch(null)
  .transform((n) => n ?? null);

const outputKinds = ['stream', 'display_data', 'execute_result', 'error'];
const ipynbOutput = z.discriminatedUnion(
  'output_type',
  [
    z.object({ output_type: z.literal('stream'), name: z.enum(['stdout', 'stderr']), text: multilineString }),
    z.object({ output_type: z.literal('display_data'), data: mimeBundle, metadata: metadata.default({}) }),
    z.object({
      output_type: z.literal('execute_result'),
      execution_count: executionCount,
      data: mimeBundle,
      metadata: metadata.default({}),
    }),
    z.object({
      output_type: z.literal('error'),
      ename: z.string(),
      evalue: z.string(),
      traceback: z.array(z.string()).default([]),
    }),
  ],
  { error: unknownKind('output_type', outputKinds) },
);

/** Ids became required in nbformat 4.5; older files have none, so the importer generates them. */
const cellId = z.string().optional();

const textCell = {
  id: cellId,
  source: multilineString,
  metadata: metadata.default({}),
  attachments: z.record(z.string(), mimeBundle).optional(),
};

const ipynbCell = z.discriminatedUnion(
  'cell_type',
  [
    z.object({
      cell_type: z.literal('code'),
      id: cellId,
      source: multilineString,
      metadata: metadata.default({}),
      outputs: z.array(ipynbOutput).default([]),
      execution_count: executionCount,
    }),
    z.object({ cell_type: z.literal('markdown'), ...textCell }),
    z.object({ cell_type: z.literal('raw'), ...textCell }),
  ],
  { error: unknownKind('cell_type', ['code', 'markdown', 'raw']) },
);

/** Reads an nbformat 4.x notebook (the importer checks the major version first, for a clearer message). */
export const ipynbNotebookSchema = z.object({
  nbformat: z.literal(4),
  nbformat_minor: z.number().int().nonnegative().optional(),
  metadata: metadata.default({}),
  cells: z.array(ipynbCell),
});

/** A notebook as read from a file, after the lenient parse. */
export type ParsedIpynb = z.output<typeof ipynbNotebookSchema>;

/** nbformat's multi-line text: a string, or lines that each keep their "\n". */
export type MultilineString = string | string[];

/** A MIME bundle as written: JSON types hold JSON, the rest hold text. */
export type IpynbMimeBundle = Record<string, unknown>;

/** An output as written to .ipynb (never with `transient`, which nbformat forbids). */
export type IpynbOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: MultilineString }
  | { output_type: 'display_data'; data: IpynbMimeBundle; metadata: Record<string, unknown> }
  | {
      output_type: 'execute_result';
      execution_count: number | null;
      data: IpynbMimeBundle;
      metadata: Record<string, unknown>;
    }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

/** A cell as written to .ipynb: only code cells carry outputs, only text cells carry attachments. */
export type IpynbCell =
  | {
      id: string;
      cell_type: 'code';
      metadata: Record<string, unknown>;
      source: MultilineString;
      outputs: IpynbOutput[];
      execution_count: number | null;
    }
  | {
      id: string;
      cell_type: 'markdown' | 'raw';
      metadata: Record<string, unknown>;
      source: MultilineString;
      attachments?: Record<string, IpynbMimeBundle>;
    };

/** A notebook as written: nbformat 4.5. */
export interface IpynbNotebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: Record<string, unknown>;
  cells: IpynbCell[];
}
