import { msg } from '@niet-alleen/core/msg';
import { datedFilename, downloadFile } from '@niet-alleen/core';

// The picture as a PNG: a chunk of its own, loaded when a person downloads one (issue 32).

/** Draws the SVG text on a canvas through a local blob URL (no network) and returns a PNG. */
export async function svgToPng(svgText: string, width = 1400, height = 1120): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads the picture as a PNG; when the browser cannot draw it, says so and points to the SVG. */
export async function downloadPng(svg: () => string, stem: string, announce: (text: string) => void): Promise<void> {
  try {
    downloadFile(datedFilename(stem, 'png'), await svgToPng(svg()), 'image/png');
  } catch {
    announce(msg('Het plaatje is niet gelukt. Kies dan de tekening (SVG).'));
  }
}
