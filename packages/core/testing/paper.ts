/**
 * Paper in a test: what the browser prints, through the 'print-pdf' and 'screenshot' commands of
 * scripts/wtr-plugins.js (paperPlugin). Where the runner has no such command they return null,
 * and the test skips the check (the runner cannot print there).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** The number of A4 pages the page prints on, or null where this runner cannot print to PDF. */
export async function printedPages(): Promise<number | null> {
  try {
    const result = await executeServerCommand<{ pages: number } | undefined, undefined>('print-pdf');
    return result?.pages ?? null;
  } catch {
    return null;
  }
}

/**
 * Dark pixels ('ink', luminance under 160 of 255) the page shows inside `rect` (CSS px, viewport),
 * as drawn now: under emulateMedia({ media: 'print' }) that is the print layout. Null where this
 * runner cannot take a screenshot.
 */
export async function inkIn(rect: { x: number; y: number; width: number; height: number }): Promise<number | null> {
  let png: string | undefined;
  try {
    png = await executeServerCommand<string | undefined, unknown>('screenshot', {
      clip: { x: rect.x + scrollX, y: rect.y + scrollY, width: Math.max(1, rect.width), height: Math.max(1, rect.height) },
    });
  } catch {
    return null;
  }
  if (!png) return null;
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < 160) ink++;
  }
  return ink;
}
