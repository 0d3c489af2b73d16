import { localDate } from './format.js';

/** Offers `content` as a file download. No network: a local object URL, revoked right after. */
export function downloadFile(filename: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name that is safe on every OS: 'netwerkkaart-2026-11-23.json', dated by the user's own day. */
export function datedFilename(stem: string, extension: string, date = new Date()): string {
  const day = localDate(date);
  return `${stem.replace(/[^a-z0-9-]+/gi, '-')}-${day}.${extension}`;
}
