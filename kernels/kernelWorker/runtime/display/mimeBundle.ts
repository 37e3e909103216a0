/**
 * Bundles that cell code builds itself (display(html(...)), a custom chart): marked objects
 * whose `data` passes through toMimeBundle untouched, apart from being made JSON-safe.
 */
import type { MimeBundle } from '../../../../lib/notebook/types';

/** A MIME bundle built by cell code, recognised by its marker. */
export interface DisplayBundle {
  /** Marks the object as a bundle to pass through rather than inspect. */
  readonly __mimeBundle: true;
  readonly data: MimeBundle;
}

/** Wraps MIME data so that displaying it shows that data, e.g. mimeBundle({ 'text/markdown': '# Hi' }). */
export function mimeBundle(data: MimeBundle): DisplayBundle {
  return { __mimeBundle: true, data };
}

/** True for objects made by mimeBundle (or shaped like them). */
export function isDisplayBundle(value: unknown): value is DisplayBundle {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DisplayBundle>;
  return candidate.__mimeBundle === true && typeof candidate.data === 'object' && candidate.data !== null;
}

/**
 * The bundle's data ready to post and save: a JSON round trip drops functions and turns NaN
 * into null (what saving would do anyway), and a missing 'text/plain' is filled in so an
 * exported notebook still shows something. Returns null if the data cannot be JSON (a cycle).
 */
export function passThroughBundle(bundle: DisplayBundle): MimeBundle | null {
  let data: MimeBundle;
  try {
    data = JSON.parse(JSON.stringify(bundle.data)) as MimeBundle;
  } catch {
    return null;
  }
  if (typeof data['text/plain'] !== 'string') {
    const markdown = data['text/markdown'];
    data['text/plain'] =
      typeof markdown === 'string'
        ? markdown
        : `<${Object.keys(data)
            .filter((k) => k !== 'text/plain')
            .join(', ')}>`;
  }
  return data;
}
