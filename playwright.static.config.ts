import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The static export's e2e (e2e-static/): Sparkbook built with `npm run build:static` under a
 * sub-path and served by a plain file server that sends no COOP/COEP or CSP headers, as GitHub
 * Pages would. The spec runs that server itself (so it can stop it and go offline); the global
 * setup builds out/ when it is missing or older than the sources.
 */
export const STATIC_PORT = Number(process.env.E2E_STATIC_PORT ?? 3125);
export const STATIC_BASE = '/sparkbook';

export default defineConfig({
  ...base,
  testDir: './e2e-static',
  globalSetup: './e2e-static/buildStaticOnce.ts',
  use: { ...base.use, baseURL: `http://localhost:${STATIC_PORT}` },
  webServer: undefined,
});
