import { html, type TemplateResult } from 'lit';

/** The width of a small phone (WCAG reflow: 320 CSS px). */
export const narrow = (content: TemplateResult) => html`<div style="max-inline-size: 320px; border: 1px dashed #999">${content}</div>`;

/** An A4 sheet on screen, for print-preview stories. */
export const paper = (content: TemplateResult, size: 'A4' | 'A3 landscape' = 'A4') =>
  html`<div style="background:#888;padding:16px">
    <div style="background:#fff;margin-inline:auto;padding:12mm;box-shadow:0 2px 8px #0006;inline-size:${size === 'A4' ? '210mm' : '420mm'};min-block-size:${size === 'A4' ? '297mm' : '297mm'}">${content}</div>
  </div>`;
