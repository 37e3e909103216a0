/**
 * Reads a user's .ipynb file into a Notebook, checking the size before reading it so a huge
 * file is refused without loading 50 MB into memory. Throws NotebookImportError (user-facing).
 */
import { checkIpynbSize, parseIpynb } from '../../lib/notebook/ipynb';
import type { Notebook } from '../../lib/notebook/types';

export async function importNotebookFile(file: File): Promise<Notebook> {
  checkIpynbSize(file.size, file.name);
  const text = await file.text();
  return parseIpynb(text, { fileName: file.name });
}
