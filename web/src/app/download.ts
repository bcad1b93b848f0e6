// Saves data the app already has as a file on the reader's device (a participant's data, an export).
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// A file name from a person's chosen name: letters and digits of any script, the rest dashes.
export const fileNameOf = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'data';
