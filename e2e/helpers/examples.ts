/** The example notebooks, as a reader meets them: a card in the gallery, Run all, the result in the last cell. */
import { expect, type Page } from '@playwright/test';
import { openGallery } from './gallery';
import { cells, output, waitForIdle } from './notebook';

/** Opens an example from the gallery (a copy of it) and waits for its kernel. */
export async function openExample(page: Page, title: string | RegExp) {
  await openGallery(page);
  await page.getByRole('list', { name: 'Example notebooks' }).getByRole('button', { name: title }).click();
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  await expect(cells(page).first()).toBeVisible();
  await waitForIdle(page);
}

/**
 * Clicks Run all and waits for the last cell to state its result ("… — PASS" or "… — FAIL").
 * Returns that text and how long the run took.
 */
export async function runAllForResult(page: Page, timeout: number): Promise<{ result: string; seconds: number }> {
  const last = await cells(page).count();
  const started = Date.now();
  await page.getByRole('button', { name: 'Run all' }).click();
  const result = output(page, last);
  // A failing cell stops Run all; show its error instead of waiting for the full timeout.
  await expect
    .poll(
      async () => {
        const errors = await page.locator('[data-output-type="error"]').allTextContents();
        if (errors.length) throw new Error(`a cell failed: ${errors.join('\n').slice(0, 2000)}`);
        return (await result.textContent().catch(() => '')) ?? '';
      },
      { timeout, intervals: [1000] },
    )
    .toMatch(/— (PASS|FAIL)/);
  await waitForIdle(page);
  return { result: (await result.textContent()) ?? '', seconds: (Date.now() - started) / 1000 };
}

/** The first number after `label` in text, e.g. numberAfter('Test accuracy: 0.967 …', 'Test accuracy:') === 0.967. */
export function numberAfter(text: string, label: string): number {
  const at = text.indexOf(label);
  const match = at === -1 ? null : /-?\d+(\.\d+)?/.exec(text.slice(at + label.length));
  if (!match) throw new Error(`no number after "${label}" in: ${text}`);
  return Number(match[0]);
}
