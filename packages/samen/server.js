#!/usr/bin/env node
// A y-websocket server for development, the demo and the tests: `npm run samen-server`.
// It listens on 127.0.0.1 only (HOST and PORT change that; PORT=0 takes a free port and prints it)
// and keeps every room in a file under SAMEN_DATA (default: .samen-data/ in the working directory),
// so a restart loses nothing. For production an organisation runs its own server: docs/organisaties/samen.md.
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { setupWSConnection, setPersistence, docs } from '@y/websocket-server/utils';

/**
 * Starts a server; resolves with `{ port, close() }`. `close()` closes every connection and writes
 * every room to its file first.
 */
export async function startSamenServer({ host = '127.0.0.1', port = 1234, dataDir = '.samen-data' } = {}) {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  // A room name is a capability, not a file name: the file is named by its hash.
  const fileOf = (room) => join(dir, `${createHash('sha256').update(room).digest('hex')}.yjs`);
  let closed = false;
  const write = (room, doc) => {
    if (closed) return;
    const file = fileOf(room);
    try {
      writeFileSync(`${file}.tmp`, Y.encodeStateAsUpdate(doc));
      renameSync(`${file}.tmp`, file);
    } catch (error) {
      console.error(`samen: could not keep room ${fileOf(room)}: ${error.message}`);
    }
  };
  const timers = new Map();
  setPersistence({
    provider: null,
    bindState: async (room, doc) => {
      const file = fileOf(room);
      if (existsSync(file)) Y.applyUpdate(doc, readFileSync(file));
      doc.on('update', () => {
        clearTimeout(timers.get(room));
        timers.set(room, setTimeout(() => write(room, doc), 50));
      });
    },
    writeState: async (room, doc) => {
      clearTimeout(timers.get(room));
      write(room, doc);
    },
  });

  const wss = new WebSocket.Server({ noServer: true });
  wss.on('connection', (ws, request) => setupWSConnection(ws, request));
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('niet-alleen samen server\n');
  });
  server.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)));
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    async close() {
      for (const [room, doc] of docs) {
        clearTimeout(timers.get(room));
        write(room, doc);
      }
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      for (const ws of wss.clients) ws.terminate();
      docs.clear();
      await new Promise((done) => server.close(() => done()));
      wss.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port } = await startSamenServer({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 1234),
    dataDir: process.env.SAMEN_DATA ?? '.samen-data',
  });
  console.log(`samen: y-websocket server on ws://${process.env.HOST ?? '127.0.0.1'}:${port} (rooms kept in ${resolve(process.env.SAMEN_DATA ?? '.samen-data')})`);
}
