import type { VerwijskaartValue } from '../schema.js';

/** The HTML an organisation pastes into its website to show this card, without JavaScript skills. */
export function embedCode(value: VerwijskaartValue): string {
  // '<' is escaped so no text on the card can end the script element early.
  const json = JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
  return `<na-verwijskaart>\n<script type="application/json">\n${json}\n</script>\n</na-verwijskaart>`;
}
