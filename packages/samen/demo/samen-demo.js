// The script of docs/demo/samen.html (bundled by packages/samen/demo.js). The room comes from the
// link (#ruimte=…): a new long random id when there is none, which is the key to share.
import { configureSamen } from '@niet-alleen/samen';
import { websocketProvider } from '@niet-alleen/samen/websocket';
import { indexeddbPersistence } from '@niet-alleen/samen/indexeddb';
import '@niet-alleen/partnerschapskaart';

const params = new URLSearchParams(location.hash.slice(1));
let room = params.get('ruimte');
if (!room || room.length < 20) {
  room = crypto.randomUUID();
  history.replaceState(null, '', `#ruimte=${room}`);
}

const form = document.getElementById('meedoen');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const name = form.elements.naam.value.trim();
  const card = document.createElement('na-partnerschapskaart');
  card.writer = name;
  card.facilitator = form.elements.facilitator.checked;
  card.setAttribute('samen-room', room);
  document.getElementById('kaart').append(card);
  configureSamen({
    // The organisation's own server; here the local one. IndexedDB keeps the card through a reload.
    provider: [websocketProvider({ url: 'ws://127.0.0.1:1234' }), indexeddbPersistence()],
    user: { name },
  });
  form.hidden = true;
  const link = document.getElementById('link');
  link.href = location.href;
  link.textContent = location.href;
  document.getElementById('link-tekst').hidden = false;
});
