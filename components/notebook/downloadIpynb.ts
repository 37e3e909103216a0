/** Saves the notebook as a .ipynb file through the browser's download. */
import { serializeIpynb } from '../../lib/notebook/ipynb';
import type { Notebook } from '../../lib/notebook/types';

export function safeFileName(title: string): string {
  return (title.trim() || 'notebook').replace(/[\\/:*?"<>|]+/g, '_').slice(0, 120);
}

export function downloadIpynb(nb: Notebook) {
  const blob = new Blob([serializeIpynb(nb)], { type: 'application/x-ipynb+json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${safeFileName(nb.title)}.ipynb`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
