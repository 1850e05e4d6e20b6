#!/usr/bin/env node
// Soak of the standalone sandbox (issue #10): `scripts/sandbox-soak.js [seconds=600] [perSecond=100]` runs
// bin/psnode-sandbox.js in memory on loopback and sends perSecond requests a second (half token requests with the
// demo secret, half Graph reads with keep-alive), then prints JSON: requests, errors, and the sandbox process's
// resident memory (VmRSS, from /proc) after warm-up and at the end. Not a CI test. `npm run build` first.
'use strict';
const fs = require('node:fs');
const https = require('node:https');
const tls = require('node:tls');
const { startStandaloneSandbox } = require('./lib/standalone-sandbox');

const seconds = Number(process.argv[2] ?? 600);
const perSecond = Number(process.argv[3] ?? 100);
const DEMO = { tenantId: '7c03842c-7b08-4393-a3e9-e9a6549bb7ed', appId: '28f037fc-8da1-4021-bd8d-fb4da1cd4d58', secret: 'psn8Q~SandboxDemoSecret.PublicByDesign00' };

function rssKb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
}


function send(agent, url, options, body) {
  return new Promise((resolve) => {
    const req = https.request(url, { agent, ...options }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

async function main() {
  const sandbox = await startStandaloneSandbox();
  const agent = new https.Agent({ keepAlive: true, secureContext: tls.createSecureContext({ ca: sandbox.ca }) });
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO.appId, client_secret: DEMO.secret, scope: `${sandbox.graph}/.default` }).toString();
  const token = () => send(agent, `${sandbox.authority}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, form);
  const accessToken = JSON.parse((await token()).text).access_token;
  const graph = () => send(agent, `${sandbox.graph}/v1.0/users?$top=5&$select=displayName`, { headers: { authorization: `Bearer ${accessToken}` } });
  let requests = 0;
  let errors = 0;
  const fire = async (i) => {
    const response = await (i % 2 ? graph() : token());
    requests++;
    if (response.status !== 200) errors++;
  };
  // Warm-up: ten seconds' worth, then the starting figure.
  await Promise.all(Array.from({ length: perSecond * 10 }, (_, i) => fire(i)));
  const startRssKb = rssKb(sandbox.child.pid);
  const started = Date.now();
  const pending = new Set();
  for (let tick = 0; tick < seconds; tick++) {
    for (let i = 0; i < perSecond; i++) {
      const p = fire(i).finally(() => pending.delete(p));
      pending.add(p);
    }
    const wait = started + (tick + 1) * 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await Promise.all(pending);
  const endRssKb = rssKb(sandbox.child.pid);
  sandbox.child.kill('SIGTERM');
  agent.destroy();
  console.log(JSON.stringify({ seconds, perSecond, requests, errors, startRssMB: +(startRssKb / 1024).toFixed(1), endRssMB: +(endRssKb / 1024).toFixed(1) }));
}

void main();
