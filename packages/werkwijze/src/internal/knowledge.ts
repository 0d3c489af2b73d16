import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@niet-alleen/core/msg';
import { heading } from '@niet-alleen/core';
import {
  contactTypes, contactTypologyNote, contactTypologySource, contactTypologyTitle, exampleQuestions, isolationColumns,
  isolationRows, isolationTypologyIntro, isolationTypologySource, isolationTypologyTitle, questionsIntro, questionsTitle, tipsDo, tipsDont,
  tipsInstruction, tipsTitle, typologyNotALabel, typologyTitle,
} from '../werkwijze-content.js';

export type KnowledgeKind = 'tips' | 'vragen' | 'typologie';

/** Knowledge for the supporter, folded open on request: the conversation tips (6.9), example questions (7.6), the typologies (12.1). */
export function renderKnowledge(kind: KnowledgeKind, headingLevel: number) {
const level = headingLevel + 3;
  let summary: string;
  let content: TemplateResult;
  if (kind === 'tips') {
    summary = msg(str`${tipsTitle()} (6.9)`);
    content = html`${tipsInstruction().map((p) => html`<p>${p}</p>`)}
      ${heading(level, msg('Doen'), 'na-heading')}
      <ul>${tipsDo().map((t) => html`<li>${t}</li>`)}</ul>
      ${heading(level, msg('Niet doen'), 'na-heading')}
      <ul>${tipsDont().map((t) => html`<li>${t}</li>`)}</ul>`;
  } else if (kind === 'vragen') {
    summary = msg(str`${questionsTitle()} (7.6)`);
    content = html`${questionsIntro().map((p) => html`<p>${p}</p>`)}
      <ol>
        ${exampleQuestions().map(
          (q) => html`<li>
            ${q.text}
            ${q.sub ? html`<ul class="sub">${q.sub.map((s) => html`<li><span aria-hidden="true">${s.mark}</span> ${s.text}</li>`)}</ul>` : nothing}
          </li>`,
        )}
      </ol>`;
  } else {
    const cols = isolationColumns();
    summary = msg(str`${typologyTitle()} (12.1)`);
    content = html`<p class="na-notice">${typologyNotALabel()}</p>
      ${heading(level, contactTypologyTitle(), 'na-heading')}
      <p class="na-subtle">${contactTypologySource()}</p>
      <dl>${contactTypes().map((t) => html`<dt>${t.name}</dt><dd>${t.text}</dd>`)}</dl>
      <p>${contactTypologyNote()}</p>
      ${heading(level, isolationTypologyTitle(), 'na-heading')}
      <p>${isolationTypologyIntro()}</p>
      <div class="table-scroll" tabindex="0" role="group" aria-label=${isolationTypologyTitle()}>
        <table>
          <thead>
            <tr><th scope="col">${cols.persistence}</th><th scope="col">${cols.oriented}</th><th scope="col">${cols.notOriented}</th><th scope="col">${cols.interventions}</th></tr>
          </thead>
          <tbody>
            ${isolationRows().map(
              (r) => html`<tr>
                <th scope="row">${r.persistence}</th>
                <td><strong>${r.oriented.name}</strong><br />${cols.strategy} ${r.oriented.strategy}</td>
                <td><strong>${r.notOriented.name}</strong><br />${cols.strategy} ${r.notOriented.strategy}</td>
                <td><ul>${r.interventions.map((i) => html`<li>${i}</li>`)}</ul></td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="na-subtle">${isolationTypologySource()}</p>`;
  }
  return html`<div class="knowledge" part="knowledge">
    <details class="na-guidance" id="knowledge-${kind}" tabindex="-1">
      <summary>${msg('Voor de ondersteuner')}: ${summary}</summary>
      ${content}
    </details>
  </div>`;
}
