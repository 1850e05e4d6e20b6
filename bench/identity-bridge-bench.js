#!/usr/bin/env node
// Measures the synchronous I/O bridge (src/identity/sync-bridge.ts) in a cold process: the first call (worker start),
// then the per-call cost of a blocking HTTP round trip to a loopback server that runs in another thread.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { execFileSync } = require('node:child_process');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const workerPath = path.join(root, 'dist', 'io-worker.js');
if (!fs.existsSync(workerPath)) throw new Error('run `npm run build` first');

const entry = `
const { Worker } = require('node:worker_threads');
const { SyncBridge } = require(${JSON.stringify(path.join(root, 'src/identity/sync-bridge.ts'))});
const server = new Worker(\`
  const http = require('node:http');
  const s = http.createServer((q, r) => r.end('{}'));
  s.listen(0, '127.0.0.1', () => require('node:worker_threads').parentPort.postMessage(s.address().port));\`, { eval: true });
server.once('message', (port) => {
  const bridge = new SyncBridge(() => ${JSON.stringify(workerPath)});
  const options = { timeoutMs: 10000, onTimeout: () => new Error('timeout') };
  const request = { request: { method: 'GET', url: 'http://127.0.0.1:' + port + '/' }, transport: { loopbackOnly: true } };
  let t = performance.now();
  bridge.call('ping', 1, options);
  const firstPing = performance.now() - t;
  t = performance.now();
  bridge.call('http', request, options);
  const firstHttp = performance.now() - t;
  const n = 1000;
  t = performance.now();
  for (let i = 0; i < n; i++) bridge.call('ping', i, options);
  const ping = (performance.now() - t) / n;
  t = performance.now();
  for (let i = 0; i < n; i++) bridge.call('http', request, options);
  const http = (performance.now() - t) / n;
  console.log(JSON.stringify({ firstPingMs: +firstPing.toFixed(2), firstHttpMs: +firstHttp.toFixed(2), pingMs: +ping.toFixed(4), httpMs: +http.toFixed(3) }));
  server.terminate();
});
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-bench-'));
const out = path.join(dir, 'bridge-bench.js');
esbuild.buildSync({ stdin: { contents: entry, resolveDir: root, loader: 'js' }, bundle: true, platform: 'node', outfile: out, logLevel: 'warning' });
const result = JSON.parse(execFileSync(process.execPath, [out], { encoding: 'utf8' }).trim());
fs.rmSync(dir, { recursive: true, force: true });
const line = (name, ms, target) => console.log(JSON.stringify({ name, psnode_ms: ms, target }));
line('identity bridge: first call (worker start)', result.firstPingMs);
line('identity bridge: empty round trip', result.pingMs);
line('identity bridge: first loopback HTTP call', result.firstHttpMs);
line('identity bridge: loopback HTTP call', result.httpMs, '~1 ms (DESIGN.md §3)');
