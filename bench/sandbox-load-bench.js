#!/usr/bin/env node
// Sandbox load (issue #10): 1,000 concurrent token requests (demo secret) and 1,000 concurrent Graph reads against
// the standalone sandbox (bin/psnode-sandbox.js, in memory, its own process), each with keep-alive (one agent, no
// socket limit) and without (a fresh TLS connection per request). Prints JSON lines {name, value, unit}: errors,
// p50 and p99 latency. Loopback only.
'use strict';
const https = require('node:https');
const tls = require('node:tls');
const { startStandaloneSandbox } = require('../scripts/lib/standalone-sandbox');

const CONCURRENCY = 1000;
const DEMO = { appId: '28f037fc-8da1-4021-bd8d-fb4da1cd4d58', secret: 'psn8Q~SandboxDemoSecret.PublicByDesign00' };


function send(url, options, body) {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = https.request(url, options, (res) => {
      res.resume();
      res.on('end', () => resolve({ ok: res.statusCode === 200, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ ok: false, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function burst(name, request) {
  const results = await Promise.all(Array.from({ length: CONCURRENCY }, request));
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const errors = results.filter((r) => !r.ok).length;
  console.log(JSON.stringify({ name: `${name}: errors`, value: errors, unit: 'count' }));
  console.log(JSON.stringify({ name: `${name}: p50`, value: +percentile(sorted, 50).toFixed(1), unit: 'ms' }));
  console.log(JSON.stringify({ name: `${name}: p99`, value: +percentile(sorted, 99).toFixed(1), unit: 'ms' }));
}

async function main() {
  const sandbox = await startStandaloneSandbox();
  const secureContext = tls.createSecureContext({ ca: sandbox.ca });
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO.appId, client_secret: DEMO.secret, scope: `${sandbox.graph}/.default` }).toString();
  const tokenOptions = (agent) => ({ method: 'POST', agent, secureContext, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const first = await new Promise((resolve) => {
    const req = https.request(`${sandbox.authority}/oauth2/v2.0/token`, tokenOptions(false), (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(JSON.parse(text).access_token));
    });
    req.end(form);
  });
  const graphOptions = (agent) => ({ agent, secureContext, headers: { authorization: `Bearer ${first}` } });
  const graphUrl = `${sandbox.graph}/v1.0/users?$top=5&$select=displayName`;
  for (const keepAlive of [true, false]) {
    const label = keepAlive ? 'keep-alive' : 'no keep-alive';
    const agent = keepAlive ? new https.Agent({ keepAlive: true, secureContext }) : false;
    // With keep-alive, connections opened by a warm-up round are reused by the measured one.
    if (agent) await Promise.all(Array.from({ length: CONCURRENCY }, () => send(graphUrl, graphOptions(agent))));
    await burst(`sandbox ${CONCURRENCY} concurrent token requests, ${label}`, () => send(`${sandbox.authority}/oauth2/v2.0/token`, tokenOptions(agent), form));
    await burst(`sandbox ${CONCURRENCY} concurrent Graph requests, ${label}`, () => send(graphUrl, graphOptions(agent)));
    if (agent) agent.destroy();
  }
  sandbox.child.kill('SIGTERM');
}

void main();
