/**
 * The test every spec uses: Playwright's own, plus two guards that hold for the whole app.
 * - Offline: every request the browser context makes (page, workers, downloads) must go to the
 *   app's own origin, or be a data: or blob: URL. Sparkbook must work with no network.
 * - No uncaught errors: an exception thrown in the page (`pageerror`) fails the test.
 * Both are checked after the test body, so the failure names the offending URLs or errors.
 */
import { test as base, expect } from '@playwright/test';

export interface AppGuards {
  /** Every URL the context requested that left the app's origin. */
  foreignRequests: string[];
  /** Every uncaught exception in a page of this context. */
  pageErrors: string[];
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<{ guards: AppGuards }>({
  guards: [
    async ({ context, baseURL, page }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://localhost:3100').origin;
      const guards: AppGuards = { foreignRequests: [], pageErrors: [] };
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (LOCAL_SCHEMES.has(url.protocol) || url.origin === appOrigin) return;
        guards.foreignRequests.push(request.url());
      });
      const watch = (p: typeof page) => p.on('pageerror', (error) => guards.pageErrors.push(`${error.name}: ${error.message}`));
      watch(page);
      context.on('page', watch);

      await use(guards);

      expect(guards.foreignRequests, 'requests that left the app origin (the app must work offline)').toEqual([]);
      expect(guards.pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
