// The bridge in a real process: the worker is unref'd, so a script that used it ends as soon as its own work is done.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

test('a process that used the bridge exits on its own', () => {
  const esbuild = require('esbuild') as typeof import('esbuild');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-bridge-'));
  try {
    const entry = `
      const { SyncBridge } = require(${JSON.stringify(path.join(root, 'src/identity/sync-bridge.ts'))});
      const bridge = new SyncBridge(() => ${JSON.stringify(path.join(root, 'dist/io-worker.js'))});
      console.log(bridge.call('ping', 'pong', { timeoutMs: 5000, onTimeout: () => new Error('timeout') }));`;
    const out = path.join(dir, 'entry.js');
    esbuild.buildSync({ stdin: { contents: entry, resolveDir: root, loader: 'js' }, bundle: true, platform: 'node', outfile: out, logLevel: 'warning' });
    const result = spawnSync(process.execPath, [out], { encoding: 'utf8', timeout: 10_000 });
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('pong\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
