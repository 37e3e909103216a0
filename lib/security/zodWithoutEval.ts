/**
 * zod 4 compiles its object parsers with `new Function` when it can, and probes for that with a
 * `new Function('')` it catches. Under the page's CSP (no 'unsafe-eval') the probe is refused,
 * and Chromium reports every refusal as a CSP violation even though zod recovers. Jitless mode
 * skips the probe. It must run before any schema is built (zod decides when a schema is
 * created), so instrumentation-client.ts imports this first. Workers allow eval and never
 * load this, so they keep the compiled parsers.
 */
import { z } from 'zod';

z.config({ jitless: true });
