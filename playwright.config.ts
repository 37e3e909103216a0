import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * e2e tests drive the production build in a real Chromium. Playwright can't download its own
 * browser here, so we launch the system one: CHROMIUM_PATH, else /usr/bin/chromium, else
 * Playwright's bundled browser if one is installed.
 */
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two cores: one browser at a time keeps training-heavy tests from starving each other.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--enable-unsafe-webgpu',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    command: `node scripts/start.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'pipe',
  },
});
