// A web-test-runner server command for packages/core/test/tokens.test.ts: builds the token
// stylesheet with Style Dictionary from a copy of the DTCG JSON with one token changed, and
// returns the generated CSS, so a browser test can prove that one JSON edit restyles every
// instrument.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTokenStyles } from './tokens.js';

const source = 'packages/core/tokens/niet-alleen.tokens.json';

export function tokensPlugin() {
  return {
    name: 'niet-alleen-tokens',
    async executeCommand({ command, payload }) {
      if (command !== 'build-tokens') return undefined;
      const json = JSON.parse(readFileSync(source, 'utf8'));
      const token = payload.path.split('.').reduce((node, key) => node?.[key], json);
      if (!token || !('$value' in token)) throw new Error(`no token ${payload.path}`);
      token.$value = payload.value;
      const dir = mkdtempSync(join(tmpdir(), 'na-tokens-'));
      try {
        writeFileSync(join(dir, 'tokens.json'), JSON.stringify(json));
        await buildTokenStyles({ source: join(dir, 'tokens.json'), buildPath: `${dir}/` });
        const module = readFileSync(join(dir, 'tokens.styles.ts'), 'utf8');
        return /css`([\s\S]*)`;/.exec(module)[1];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
