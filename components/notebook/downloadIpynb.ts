/** Saves the notebook as a .ipynb file through the browser's download. */
import { serializeIpynb } from '../../lib/notebook/ipynb';
import type { Notebook } from '../../lib/notebook/types';
import { downloadFile } from '../shell/downloadFile';

export function safeFileName(title: string): string {
  return (title.trim() || 'notebook').replace(/[\\/:*?"<>|]+/g, '_').slice(0, 120);
}

export function downloadIpynb(nb: Notebook) {
  downloadFile(`${safeFileName(nb.title)}.ipynb`, serializeIpynb(nb), 'application/x-ipynb+json');
}
