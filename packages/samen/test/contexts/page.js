// The page each browser context opens in scripts/test/samen-contexts.test.js and in
// packages/samen/bench/samen-load.bench.js: one <na-partnerschapskaart> in a room of a local
// y-websocket server, from the built packages (bundled by the test with esbuild). The query string
// says which: ?port=…&room=…&name=…[&facilitator]. `window.samenTest` is what the node side drives.
import { configureSamen, samenSessionOf } from '@niet-alleen/samen';
import { websocketProvider } from '@niet-alleen/samen/websocket';
import '@niet-alleen/partnerschapskaart';

const params = new URLSearchParams(location.search);
const el = document.createElement('na-partnerschapskaart');
if (params.has('facilitator')) el.facilitator = true;
el.writer = params.get('name') ?? '';
el.setAttribute('samen-room', params.get('room'));
document.querySelector('main').append(el);
configureSamen({
  // BroadcastChannel off: contexts share nothing but the server anyway; this keeps it explicit.
  provider: websocketProvider({ url: `ws://127.0.0.1:${params.get('port')}`, disableBc: true }),
  user: { name: params.get('name') ?? '' },
});

const session = () => samenSessionOf(el);
const shadow = () => el.shadowRoot;
const invalid = [];
el.addEventListener('na-invalid', (event) => invalid.push(event.detail.source));

window.samenTest = {
  el,
  session,
  /** Settles once the session is synced with the server. */
  async ready() {
    while (!session()) await new Promise((r) => setTimeout(r, 10));
    await session().connection.whenSynced;
    await el.updateComplete;
    return true;
  },
  connected: () => session().connection.provider.wsconnected,
  disconnect: () => session().connection.provider.disconnect(),
  connect: () => session().connection.provider.connect(),
  /** What a person sees on the card: the notes' texts per cell, the 'Ingevuld door' field, who is there. */
  async view() {
    await el.updateComplete;
    const root = shadow();
    const notes = [...root.querySelectorAll('.cell')].flatMap((cell) =>
      [...cell.querySelectorAll('.note-item .na-note .na-readonly-text')].map((p) => `${cell.dataset.cell}: ${p.textContent.trim()}`),
    );
    const presence = el.previousElementSibling;
    await presence?.updateComplete;
    return {
      notes: notes.sort(),
      filledBy: root.querySelector('#filled-by')?.value ?? null,
      presence: presence?.shadowRoot?.querySelector('[part="list"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      invalid: [...invalid],
      json: JSON.stringify(el.value),
    };
  },
};
