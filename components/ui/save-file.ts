// Handing a file the app made (a backup, a CSV, a calendar, a session record) to the browser as a download.

/** Saves `text` as a download named `fileName`. */
export function saveFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers are still reading the blob when click() returns; free it a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
