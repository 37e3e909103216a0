/** Saves bytes or text as a file through the browser's download; nothing leaves the page. */
export function downloadFile(name: string, content: BlobPart, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a second is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
