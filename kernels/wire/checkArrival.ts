/**
 * Checks a message against its boundary's schema where it arrives, in development and test
 * builds. Production builds trust the types: both ends are built from the same schemas, and
 * parsing every training step's message would cost the hot path for nothing.
 */
import { z } from 'zod';

// The bundler replaces NODE_ENV in app builds; where nothing defines `process`, don't check.
const checking = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
})();

export function checkArrival<T>(schema: z.ZodType<T>, message: unknown, boundary: string): T {
  if (!checking) return message as T;
  const result = schema.safeParse(message);
  if (result.success) return message as T;
  const type = (message as { type?: unknown } | null)?.type;
  throw new Error(`A malformed ${String(type ?? 'untyped')} message crossed ${boundary}:\n${z.prettifyError(result.error)}`);
}
