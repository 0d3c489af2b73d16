// web-test-runner plugin: a 'samen-server' command that starts, stops and restarts a y-websocket
// server (packages/samen/server.js, @y/websocket-server) on a free 127.0.0.1 port, for
// packages/samen/test/*.test.ts. Payload { action: 'start' | 'stop' | 'restart' }; returns { port }.
// A restart keeps the port and the data directory, as a restarted server process would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSamenServer } from '../server.js';

export function samenServerPlugin() {
  let server = null;
  let dataDir = null;
  let port = 0;
  const stop = async () => {
    await server?.close();
    server = null;
  };
  return {
    name: 'niet-alleen-samen-server',
    async executeCommand({ command, payload }) {
      if (command !== 'samen-server') return undefined;
      const action = payload?.action;
      if (action === 'start') {
        await stop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        dataDir = mkdtempSync(join(tmpdir(), 'na-samen-'));
        server = await startSamenServer({ port: 0, dataDir });
        port = server.port;
      } else if (action === 'restart') {
        await stop();
        server = await startSamenServer({ port, dataDir });
      } else if (action === 'stop') {
        await stop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
        dataDir = null;
      } else throw new Error(`samen-server: unknown action ${action}`);
      return { port };
    },
    async serverStop() {
      await stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
