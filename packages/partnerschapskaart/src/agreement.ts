import { msg, str } from '@niet-alleen/core/msg';
import { isolate } from '@niet-alleen/core';
import { cellPrompt, cellsByStep, stepIds, stepLabel, stepName, type StepId } from './content.js';
import type { PartnerschapNote, PartnerschapskaartValue } from './schema.js';

/** What a step means in an agreement: the article heading. */
function articleTitle(step: StepId): string {
  switch (step) {
    case 'waarden': return msg('Onze waarden: wanneer is de samenwerking geslaagd?');
    case 'relaties': return msg('Onze relaties: hoe werken we samen?');
    case 'handelen': return msg('Ons handelen: wat moeten we kunnen en hoe communiceren we?');
    case 'condities': return msg('Voorwaarden: wat vragen we van mensen en van de omgeving?');
    case 'acties': return msg('Acties: wie doet wat?');
  }
}

/**
 * User text stays text in any Markdown viewer: `<` (raw HTML), `[` and `]` (links, images) and
 * the backslash itself are escaped, so `<img onerror=…>` or `[x](javascript:…)` show as typed;
 * bidi controls in it end where it ends (isolate).
 */
export const markdownText = (text: string): string => isolate(text).replace(/[\\<[\]]/g, '\\$&');
/** A one-line field (name, group): line breaks would start a new Markdown block. */
const oneLine = (text: string): string => markdownText(text.trim().replace(/\s*\r?\n\s*/g, ' '));

/** Keeps user text on one list item: later lines are indented, not read as new Markdown blocks. */
function item(note: PartnerschapNote): string {
  const text = markdownText(note.text.trim()).replace(/\r?\n/g, '\n  ');
  const who = [oneLine(note.author), note.from ? msg(str`uit ${oneLine(note.from)}`) : ''].filter(Boolean).join(', ');
  return `- ${text}${who ? ` (${who})` : ''}`;
}

/**
 * Step 6 of 11.4: the card as a draft text for a samenwerkingsovereenkomst, in Markdown.
 * Every note appears once, in step order (STAP 1 … STAP 5), per cell in card order.
 */
export function agreementMarkdown(value: PartnerschapskaartValue): string {
  const lines: string[] = [`# ${msg('Samenwerkingsovereenkomst (concept)')}`, ''];
  lines.push(msg('Dit concept is gemaakt met de partnerschapskaart: ACTIES + VOORWAARDEN + SAMENWERKING = SUCCES.'));
  lines.push('');
  if (value.filledBy.trim()) lines.push(`${msg('Ingevuld door:')} ${oneLine(value.filledBy)}`, '');
  const people = value.participants.filter((p) => p.trim()).map(oneLine);
  if (people.length) lines.push(`${msg('Deelnemers:')} ${people.join(', ')}`, '');
  stepIds.forEach((step, index) => {
    lines.push(`## ${msg(str`Artikel ${index + 1}`)}. ${articleTitle(step)}`, '');
    lines.push(`_${stepLabel(step)} ${stepName(step)}_`, '');
    let any = false;
    for (const cell of cellsByStep[step]) {
      const notes = value.notes.filter((n) => n.cell === cell && n.text.trim());
      if (!notes.length) continue;
      any = true;
      lines.push(`### ${cellPrompt(cell)}`, '', ...notes.map(item), '');
    }
    if (!any) lines.push(msg('Nog niets afgesproken.'), '');
  });
  lines.push('---', '', msg('Bron: Eenzaam ben je niet alleen, Wmo-werkplaatsen/Movisie 2015'));
  return lines.join('\n');
}
