import Ajv, { type ErrorObject } from 'ajv';
import schema from './nbformat.v4.5.schema.json';

/**
 * Validates a notebook against Jupyter's own nbformat 4.5 schema: the check that a file we write
 * opens in Jupyter. For tests (Ajv is a dev dependency); the app itself never loads this.
 *
 * The schema declares JSON Schema draft-04, which Ajv 8 no longer ships. It uses only keywords whose
 * meaning draft-07 kept unchanged (no `id`, no boolean `exclusiveMinimum`), so Ajv's default draft-07
 * validator gives the same verdicts once `$schema` is removed. `strict: false` because the schema
 * has harmless typos Jupyter's validator ignores too (`"item"` for `"items"`, keywords such as
 * `source_hidden` placed among the keywords rather than in `properties`).
 */
const ajv = new Ajv({ allErrors: true, strict: false });
const { $schema: _draft04, ...draft07Compatible } = schema;
const validate = ajv.compile(draft07Compatible);

/** The schema's complaints about `notebook`, one line each; empty when it is valid nbformat 4.5. */
export function nbformatErrors(notebook: unknown): string[] {
  if (validate(notebook)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
