// A malformed-request fuzzer for the sandbox's three servers, shared by test/sandbox/request-fuzz.test.ts (CI size)
// and scripts/fuzz-sandbox.js (full size). It starts the real sandbox worker (dist/sandbox-worker.js) with short
// timeouts, sends seeded malformed requests on fresh loopback connections, and counts how each ended: the status
// class, closed without an answer, hung (no answer and no close long after the request timeout), and whether the
// sandbox worker died. Loopback only; bounded in count and time.
'use strict';
const net = require('node:net');
const tls = require('node:tls');
const path = require('node:path');
const https = require('node:https');
const { Worker } = require('node:worker_threads');

const ROOT = path.resolve(__dirname, '../../..');
const LIMITS = { headersTimeoutMs: 500, requestTimeoutMs: 1000, keepAliveTimeoutMs: 2000 };
const HANG_AFTER_MS = LIMITS.requestTimeoutMs + 4000;
const DEMO = { tenantId: '7c03842c-7b08-4393-a3e9-e9a6549bb7ed', appId: '28f037fc-8da1-4021-bd8d-fb4da1cd4d58', secret: 'psn8Q~SandboxDemoSecret.PublicByDesign00' };

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const bytes = (n, alphabet) => Array.from({ length: n }, () => (alphabet ? pick(alphabet) : String.fromCharCode(int(256)))).join('');
  return { next, int, pick, bytes };
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT', 'G ET', 'get', 'GET\t', '', 'X'.repeat(40), 'PRI'];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.11', 'HTTP/9', 'http/1.1', 'HTTP/1.1 extra', ''];
const PATH_PIECES = ['v1.0', 'users', 'groups', 'members', 'graph.user', 'microsoft.graph.group', '$count', 'applications', "applications(appId='x')",
  "servicePrincipals(appId='')", 'addPassword', 'removePassword', 'addKey', 'me', DEMO.tenantId, 'common', 'oauth2', 'v2.0', 'token',
  '.well-known', 'openid-configuration', 'discovery', 'keys', 'instance', 'msi', '%zz', '%', '%C3', '%00', '%2F', '%E2%82', '..', '.', '',
  '%ff%fe', '\u00e9', '\t', 'a b', '[', ']', '@', ':', '%25', '~', 'x'.repeat(300)];
const QUERY_PIECES = ['$filter=', '$select=', '$top=', '$skiptoken=', '$orderby=', '$count=', 'api-version=2019-08-01', 'resource=', 'client_id=',
  "startswith(displayName,'A')", "displayName eq 'x'", '(((', "'", 'not', 'any(x:x eq 1)', '-1', '1e999', '999999999999999999999', 'NaN', '%zz', '&&', '==', '#'];
const HOSTS = ['127.0.0.1', 'a b', '', '[', '[::1', '[::1]:99999', '[:::::]', 'localhost:', 'xn--', '..', 'a'.repeat(300), '127.0.0.1:0', '\u00e9',
  'host:port', '-x-', '_', '127.0.0.1, 127.0.0.2', 'http://127.0.0.1', '%zz', '127.0.0.1:65536', '[fe80::1%25eth0]'];
const HEADER_NAMES = ['Content-Type', 'Content-Length', 'Transfer-Encoding', 'Authorization', 'ConsistencyLevel', 'X-IDENTITY-HEADER', 'client-request-id',
  'Connection', 'Expect', 'Upgrade', 'Cookie', 'X', 'Bad Name', 'Bad:Name', '', '\u00e9', 'Content-Length ', ' Host'];
const HEADER_VALUES = ['application/x-www-form-urlencoded', 'application/json', 'text/plain', 'chunked', 'gzip, chunked', 'chunked, gzip', '-1', '0', '10',
  '99999999999999999999', '1e3', 'Bearer ', 'Bearer x.y.z', 'Bearer eyJ.eyJ.sig', 'Basic !!!', 'Basic ' + Buffer.from('a:b').toString('base64'),
  'eventual', 'close', 'keep-alive', '100-continue', 'websocket', 'h2c', '\u00e9\u00e9', 'a'.repeat(5000)];
const FORM_PIECES = ['grant_type=client_credentials', 'grant_type=password', `client_id=${DEMO.appId}`, 'client_id=', `client_secret=${encodeURIComponent(DEMO.secret)}`,
  'client_secret=wrong', 'scope=https%3A%2F%2Fgraph.microsoft.com%2F.default', 'scope=', 'scope=%zz', 'client_assertion=a.b.c', 'client_assertion=eyJhbGciOiJQUzI1NiJ9.e30.x',
  'client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer', '%', '=', '&', '+', '%C3', 'a'.repeat(2000)];
const JSON_BODIES = ['{', '[]', 'null', '{"passwordCredential":{"displayName":1,"endDateTime":"not a date"}}', '{"keyId":{}}',
  '{"keyCredential":{"key":"!!!"},"proof":"a.b.c"}', '{"passwordCredential":null}', '"x"', '1e999', '{"__proto__":{"x":1}}', '\u0000'];

/** One malformed request: raw bytes, and whether the connection should be left open (incomplete on purpose). */
function malformedRequest(r, server, token) {
  const kind = r.int(12);
  const method = r.next() < 0.7 ? r.pick(['GET', 'POST']) : r.pick(METHODS);
  const version = r.next() < 0.85 ? 'HTTP/1.1' : r.pick(VERSIONS);
  const pieces = Array.from({ length: 1 + r.int(6) }, () => (r.next() < 0.85 ? r.pick(PATH_PIECES) : r.bytes(1 + r.int(6))));
  let target = (r.next() < 0.1 ? '//' : '/') + pieces.join('/');
  if (r.next() < 0.5) target += '?' + Array.from({ length: 1 + r.int(4) }, () => r.pick(QUERY_PIECES) + (r.next() < 0.5 ? r.pick(QUERY_PIECES) : '')).join('&');
  if (kind === 0) target = r.pick(['http://[/', 'http://', 'https://a b/', 'http://127.0.0.1:99999/x', 'ftp://x/', '*', 'http://%zz/', `http://127.0.0.1${target}`, 'h://[::1/']);
  if (kind === 1) target = target.replace(/\//g, () => r.pick(['/', ' ', '\t', '\u0000', '\r', '//', '\\']));
  if (kind === 2) target = '/' + r.bytes(10 + r.int(60));
  if (server === 'managed-identity' && r.next() < 0.3) target = `/msi/token?api-version=2019-08-01&resource=${r.pick(QUERY_PIECES)}`;
  const headers = [];
  const host = kind === 3 ? r.pick(HOSTS) : '127.0.0.1';
  if (kind !== 4 || r.next() < 0.5) headers.push(`Host: ${host}`);
  if (kind === 4) headers.push(`Host: ${r.pick(HOSTS)}`);
  if (server === 'graph' && r.next() < 0.5 && token) headers.push(`Authorization: Bearer ${token}`);
  for (let i = r.int(kind === 5 ? 12 : 3); i > 0; i--) headers.push(`${r.pick(HEADER_NAMES)}: ${r.pick(HEADER_VALUES)}`);
  if (kind === 6) headers.push(`X-Long: ${'a'.repeat(15_000 + r.int(10_000))}`);
  if (kind === 7) headers.push(r.pick([' folded', 'no colon here', ': no name', `X: ${r.bytes(20)}`, 'X:\u0000', 'Content-Length: 5\r\nContent-Length: 6']));
  let body = '';
  if (method === 'POST' || kind === 8) {
    body = server === 'graph' ? r.pick(JSON_BODIES) : Array.from({ length: r.int(6) }, () => r.pick(FORM_PIECES)).join('&');
    if (server === 'identity' && r.next() < 0.5) headers.push('Content-Type: application/x-www-form-urlencoded');
    if (server === 'graph' && r.next() < 0.5) headers.push('Content-Type: application/json');
  }
  let incomplete = false;
  let text;
  if (kind === 9) {
    // Chunked bodies with sizes that lie, or are not hex.
    headers.push('Transfer-Encoding: chunked');
    text = `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\n\r\n${r.pick(['zz', '-1', 'ffffffffffffffff', '5', '3;ext', ''])}\r\n${body}\r\n${r.pick(['0\r\n\r\n', '', '1\r\nx'])}`;
    incomplete = !text.endsWith('0\r\n\r\n');
  } else if (kind === 10) {
    // Stops mid-way: in the request line, in the headers, or before the body it announced.
    const full = `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\nContent-Length: ${body.length + 50}\r\n\r\n${body}`;
    text = full.slice(0, 1 + r.int(full.length));
    incomplete = true;
  } else {
    const length = kind === 11 ? r.pick(['-1', 'abc', '99999999999', String(body.length + 1), '1, 2']) : String(Buffer.byteLength(body, 'latin1'));
    text = `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\nContent-Length: ${length}\r\n\r\n${body}`;
    incomplete = kind === 11;
  }
  return { bytes: Buffer.from(text, 'latin1'), incomplete };
}

/** The first status that is not 1xx (100 Continue comes before the answer to `Expect`). */
function finalStatus(received) {
  for (const match of received.matchAll(/(?:^|\r\n\r\n)HTTP\/1\.[01] (\d{3})/g)) {
    if (!match[1].startsWith('1')) return Number(match[1]);
  }
  return undefined;
}

function exchange(port, useTls, bytes) {
  return new Promise((resolve) => {
    const socket = useTls ? tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }) : net.connect({ port, host: '127.0.0.1' });
    let received = '';
    let done = false;
    const finish = (outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(finalStatus(received) ?? outcome);
    };
    const timer = setTimeout(() => finish('hang'), HANG_AFTER_MS);
    socket.once(useTls ? 'secureConnect' : 'connect', () => socket.write(bytes));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (finalStatus(received) !== undefined) finish();
    });
    socket.on('error', () => finish('closed'));
    socket.on('close', () => finish('closed'));
  });
}

function startSandbox() {
  const worker = new Worker(path.join(ROOT, 'dist', 'sandbox-worker.js'), { workerData: { inMemory: true, port: 0, limits: LIMITS } });
  const state = { crashed: undefined };
  worker.on('error', (error) => (state.crashed = error.message));
  worker.on('exit', (code) => (state.crashed ??= `exit ${code}`));
  return new Promise((resolve, reject) => {
    worker.on('message', (m) => {
      if (m.type === 'ready') resolve({ worker, state, endpoints: m.endpoints });
      if (m.type === 'error') reject(new Error(m.message));
    });
    worker.once('error', reject);
  });
}

function demoToken(endpoints) {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO.appId, client_secret: DEMO.secret, scope: `${endpoints.graphEndpoint}/.default` }).toString();
  return new Promise((resolve, reject) => {
    const req = https.request(`${endpoints.authority}/oauth2/v2.0/token`, { method: 'POST', ca: endpoints.caCertificatePem, agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text).access_token) : reject(new Error(`token: ${res.statusCode} ${text}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const SERVERS = ['identity', 'graph', 'managed-identity'];

/**
 * Runs `perServer` malformed requests against each server of a fresh sandbox worker, `concurrency` at a time.
 * Returns per-server counts {requests, '2xx', '3xx', '4xx', '5xx', closed, hangs} plus crashes (the worker died) and
 * whether the sandbox still answered a real sign-in at the end.
 */
async function fuzzSandbox({ perServer, seed = 1, concurrency = 200 }) {
  const { worker, state, endpoints } = await startSandbox();
  try {
    const token = await demoToken(endpoints);
    const r = random(seed);
    const results = {};
    const examples = [];
    for (const [index, server] of SERVERS.entries()) {
      const counts = { requests: 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, closed: 0, hangs: 0 };
      const requests = Array.from({ length: perServer }, () => malformedRequest(r, server, token));
      let next = 0;
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < requests.length && !state.crashed) {
          const request = requests[next++];
          const outcome = await exchange(endpoints.ports[index], server !== 'managed-identity', request.bytes);
          counts.requests++;
          if (typeof outcome === 'number') counts[`${Math.floor(outcome / 100)}xx`]++;
          else counts[outcome === 'hang' ? 'hangs' : 'closed']++;
          if ((outcome === 'hang' || (typeof outcome === 'number' && outcome >= 500)) && examples.length < 10) {
            examples.push({ server, outcome, request: request.bytes.toString('latin1').slice(0, 300) });
          }
        }
      }));
      results[server] = counts;
    }
    let signsInAfterwards = false;
    if (!state.crashed) signsInAfterwards = typeof (await demoToken(endpoints).catch(() => undefined)) === 'string';
    return { seed, perServer, servers: results, crashes: state.crashed ? 1 : 0, crash: state.crashed, signsInAfterwards, examples };
  } finally {
    await worker.terminate();
  }
}

module.exports = { fuzzSandbox, malformedRequest, random, SERVERS };
