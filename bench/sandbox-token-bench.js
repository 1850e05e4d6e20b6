#!/usr/bin/env node
// Sandbox bench: 200 concurrent client-credential token requests from msal-node (certificate, then secret) against
// the sandbox running in a worker thread (dist/sandbox-worker.js, in memory). Prints JSON lines {name, value, unit}:
// errors, p50, p99, wall time, and the p50 of sequential requests. Loopback only: msal gets a network client that refuses any other host.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const https = require('node:https');
const tls = require('node:tls');
const os = require('node:os');
const crypto = require('node:crypto');
const { Worker } = require('node:worker_threads');

const CONCURRENCY = 200;
const SEQUENTIAL = 50;
const ROOT = path.resolve(__dirname, '..');

function loopbackNetworkClient(ca) {
  // One TLS context for every connection: with `ca` alone Node builds a new one per socket.
  const agent = new https.Agent({ secureContext: tls.createSecureContext({ ca }), keepAlive: true });
  const send = (method, url, options = {}) =>
    new Promise((resolve, reject) => {
      const u = new URL(url);
      if (u.hostname !== '127.0.0.1') return reject(new Error(`refused non-loopback ${u.origin}`));
      const req = https.request(u, { method, headers: options.headers, agent }, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode, body: data ? JSON.parse(data) : {}, headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])) });
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', reject);
      req.end(method === 'POST' ? options.body || '' : undefined);
    });
  return { sendGetRequestAsync: (u, o) => send('GET', u, o), sendPostRequestAsync: (u, o) => send('POST', u, o) };
}

function startSandboxWorker() {
  const worker = new Worker(path.join(ROOT, 'dist', 'sandbox-worker.js'), { workerData: { inMemory: true, port: 0 } });
  return new Promise((resolve, reject) => {
    worker.on('message', (m) => {
      if (m.type === 'ready') resolve({ worker, endpoints: m.endpoints });
      if (m.type === 'error') reject(new Error(m.message));
    });
    worker.on('error', reject);
  });
}

function demoCredentials() {
  const forge = require('node-forge');
  const pfx = fs.readFileSync(path.join(ROOT, 'src', 'sandbox', 'demo', 'demo-certificate.pfx'));
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(pfx.toString('binary')));
  const key = p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag][0].key;
  const cert = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag][0].cert;
  const certPem = forge.pki.certificateToPem(cert);
  return {
    privateKey: crypto.createPrivateKey(forge.pki.privateKeyToPem(key)).export({ type: 'pkcs8', format: 'pem' }),
    thumbprintSha256: crypto.createHash('sha256').update(new crypto.X509Certificate(certPem).raw).digest('hex'),
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function burst(label, endpoints, credential) {
  const { ConfidentialClientApplication } = require('@azure/msal-node');
  const cca = new ConfidentialClientApplication({
    auth: { clientId: '28f037fc-8da1-4021-bd8d-fb4da1cd4d58', authority: endpoints.authority, knownAuthorities: [new URL(endpoints.authorityHost).host], ...credential },
    system: { networkClient: loopbackNetworkClient(endpoints.caCertificatePem) },
  });
  const scopes = [`${endpoints.graphEndpoint}/.default`];
  await cca.acquireTokenByClientCredential({ scopes }); // warm-up: discovery and the first assertion
  const latencies = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    const t0 = process.hrtime.bigint();
    try {
      const result = await cca.acquireTokenByClientCredential({ scopes, skipCache: true });
      if (!result || !result.accessToken || result.fromCache) errors++;
    } catch {
      errors++;
    }
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }));
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  latencies.sort((a, b) => a - b);
  // One request at a time on warm connections: the per-token cost without the burst's queueing.
  const sequential = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = process.hrtime.bigint();
    await cca.acquireTokenByClientCredential({ scopes, skipCache: true });
    sequential.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  sequential.sort((a, b) => a - b);
  const round = (n) => Math.round(n * 10) / 10;
  return [
    { name: `sandbox.token.${label}.sequential.p50`, value: round(percentile(sequential, 50)), unit: 'ms' },
    { name: `sandbox.token.${label}.${CONCURRENCY}-concurrent.errors`, value: errors, unit: 'count' },
    { name: `sandbox.token.${label}.${CONCURRENCY}-concurrent.p50`, value: round(percentile(latencies, 50)), unit: 'ms' },
    { name: `sandbox.token.${label}.${CONCURRENCY}-concurrent.p99`, value: round(percentile(latencies, 99)), unit: 'ms' },
    { name: `sandbox.token.${label}.${CONCURRENCY}-concurrent.wall`, value: round(wall), unit: 'ms' },
  ];
}

async function main() {
  delete process.env.MSAL_FORCE_REGION;
  const { worker, endpoints } = await startSandboxWorker();
  try {
    const results = [
      ...(await burst('certificate', endpoints, { clientCertificate: demoCredentials() })),
      ...(await burst('secret', endpoints, { clientSecret: 'psn8Q~SandboxDemoSecret.PublicByDesign00' })),
    ];
    // The figures depend heavily on what else the machine runs: record its load alongside.
    results.push({ name: 'sandbox.token.bench.loadavg-1min', value: Math.round(os.loadavg()[0] * 100) / 100, unit: 'load' });
    for (const record of results) process.stdout.write(`${JSON.stringify(record)}\n`);
    if (results.some((r) => r.name.endsWith('.errors') && r.value !== 0)) process.exitCode = 1;
  } finally {
    await worker.terminate();
  }
}

main().catch((error) => {
  process.stderr.write(`sandbox bench failed: ${error.message}\n`);
  process.exitCode = 1;
});
