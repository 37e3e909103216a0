/** The gallery (/): New notebook, Import notebook, and the user's list of notebooks. */
import { expect, type Page } from '@playwright/test';
import { cell, codeOf, KERNEL_TIMEOUT, waitForIdle } from './notebook';

export async function openGallery(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'My notebooks' })).toBeVisible();
  // The list reads IndexedDB; wait until it has said what it found.
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

/** Creates a notebook from the gallery and waits until its first cell and the kernel are ready (the editor loads when the cell is edited). */
export async function newNotebook(page: Page) {
  await openGallery(page);
  await page.getByRole('button', { name: 'New notebook' }).click();
  await page.waitForURL(/\/notebooks\/[^/]+$/);
  await expect(cell(page, 1)).toBeVisible();
  await expect(codeOf(page, 1)).toBeVisible();
  await waitForIdle(page, KERNEL_TIMEOUT);
}

/** The titles in "My notebooks" (empty when there are none). */
export async function myNotebookTitles(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'My notebooks' });
  if ((await list.count()) === 0) return [];
  return list.getByRole('link').allTextContents();
}

export interface FileToImport {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function ipynbFile(name: string, json: unknown): FileToImport {
  return { name, mimeType: 'application/x-ipynb+json', buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)) };
}

/** Imports through the gallery's file input, as the Import notebook button's picker would. */
export async function importFile(page: Page, file: FileToImport) {
  await page.getByTestId('import-input').setInputFiles(file);
}
