import { html, nothing } from 'lit';
import { msg } from './msg.js';
import type { InvalidSource, ValueIssue } from './events.js';
import type { Problem } from './autosave.js';
import { button } from './ui/button.js';

/** What the element says when data from `source` was refused (nothing changed). */
export function refusedText(source: Exclude<InvalidSource, 'property'>, issues: readonly ValueIssue[]): string {
  if (issues.some((i) => i.code === 'newer_version')) {
    return msg('Deze gegevens zijn gemaakt met een nieuwere versie. Deze versie kan ze niet openen. Er is niets veranderd.');
  }
  return source === 'import'
    ? msg('Dit bestand is niet te openen. Uw gegevens zijn niet veranderd.')
    : source === 'storage'
      ? msg('De bewaarde gegevens zijn niet te lezen. Ze zijn apart gezet. Er is niets weg.')
      : msg('De gegevens in deze pagina kloppen niet. Daarom is niets ingevuld.');
}

/** The message inside the element, with what the user can do about it: download, choose a version, or close. */
export function problemAlert(
  problem: Problem,
  on: { download: (text: string) => void; resolve: (loadTheOther: boolean) => void; close: () => void },
) {
  const { text, conflict, download } = problem;
  return html`<div class="na-alert" part="alert" role="alert">
    <p>${text}</p>
    ${download === undefined ? nothing : button({ label: msg('Download de bewaarde gegevens'), onClick: () => on.download(download) })}
    ${conflict
      ? html`${button({ label: msg('Gebruik de nieuwe versie'), onClick: () => on.resolve(true) })}
        ${button({ label: msg('Houd mijn versie'), onClick: () => on.resolve(false) })}`
      : button({ label: msg('Sluiten'), variant: 'subtle', onClick: on.close })}
  </div>`;
}
