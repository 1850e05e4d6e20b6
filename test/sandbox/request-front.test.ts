// The request front all three servers share: requests HTTP or the URL standard cannot read get a 4xx with the
// server's error body and never take the server down (issue #10: `Host: a b`, `//%zz` and `GET http://[/` used to
// kill the whole sandbox); incomplete requests time out; keep-alive connections carry several requests.
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index';
import { isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, rawExchange } from './helpers';

let sandbox: RunningSandbox;
const LIMITS = { headersTimeoutMs: 600, requestTimeoutMs: 1200, keepAliveTimeoutMs: 5000 };

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ location: await keyedLocation(), limits: LIMITS });
}, KEYGEN_TIMEOUT_MS);
afterAll(() => sandbox.close());

type Server = 'identity' | 'graph' | 'managed-identity';
const SERVERS: Server[] = ['identity', 'graph', 'managed-identity'];
const portOf = (server: Server) => sandbox.ports[SERVERS.indexOf(server)];
const send = (server: Server, bytes: string, options: { timeoutMs?: number } = {}) =>
  rawExchange(portOf(server), bytes, { tls: server !== 'managed-identity', untilFirstResponse: true, ...options });

function bodyOf(text: string): string {
  const head = text.slice(0, text.indexOf('\r\n\r\n'));
  const rest = text.slice(head.length + 4);
  return /transfer-encoding: chunked/i.test(head) ? rest.replace(/^[0-9a-f]+\r\n/i, '').replace(/\r\n0\r\n\r\n$/, '') : rest;
}

/** Graph answers with its error envelope; identity and managed identity with the reason phrase. */
function expectBadRequest(server: Server, text: string): void {
  expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  const body = bodyOf(text);
  if (server === 'graph') {
    const parsed = JSON.parse(body);
    expect(parsed.error).toMatchObject({ code: 'BadRequest', message: 'Bad Request' });
    expect(parsed.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  } else {
    expect(body).toBe('Bad Request');
  }
}

async function expectAlive(server: Server): Promise<void> {
  const answer = await send(server, 'GET /no/such/route HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  expect(answer.status).toBe(400);
}

describe.each(SERVERS)('%s server', (server) => {
  test.each([
    ['a Host header with a space', 'GET /v1.0/users HTTP/1.1\r\nHost: a b\r\n\r\n'],
    ['a Host header that is no host', 'GET /v1.0/users HTTP/1.1\r\nHost: [:::::]:99\r\n\r\n'],
    ['a path with an escape that does not decode (//%zz)', 'GET //%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['a lone UTF-8 lead byte escape', 'GET /v1.0/users/%C3 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['an absolute-form target that is no URL (http://[/)', 'GET http://[/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['an absolute-form target of another scheme', 'GET ftp://127.0.0.1/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
  ])('%s → 400 with its error body, and the server goes on', async (_name, bytes) => {
    const answer = await send(server, bytes);
    expectBadRequest(server, answer.text);
    await expectAlive(server);
  });

  test('what the HTTP parser rejects → 400 Bad Request, connection closed', async () => {
    const answer = await send(server, 'GARBAGE\r\n\r\n');
    expect(answer.text).toBe('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request');
    await expectAlive(server);
  });

  test('headers over 16 KB → 431', async () => {
    const answer = await send(server, `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(bodyOf(answer.text)).toBe('Request Header Fields Too Large');
  });

  test('headers that never finish → 408 within the headers timeout', async () => {
    const started = Date.now();
    const answer = await send(server, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n', { timeoutMs: 5000 });
    expect(answer.status).toBe(408);
    expect(answer.hung).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('a body that never finishes → 408 where the body is read, an answer without it elsewhere', async () => {
    const answer = await send(server, 'POST /x/oauth2/v2.0/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nabc', { timeoutMs: 5000 });
    // Only the token endpoint reads a body here; Graph (no token) and managed identity (no such route) answer first.
    expect(answer.status).toBe(server === 'identity' ? 408 : 400);
  });

  test('keep-alive: two pipelined requests on one connection get two answers', async () => {
    const one = 'GET /no/such/route HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    const answer = await rawExchange(portOf(server), one + one, { tls: server !== 'managed-identity', timeoutMs: 1500 });
    expect(answer.text.match(/HTTP\/1\.1 400 /g)).toHaveLength(2);
    expect(answer.closed).toBe(false);
  });
});

test('a body over 1 MB → 413 on the token endpoint and on Graph', async () => {
  for (const server of ['identity', 'graph'] as const) {
    const answer = await send(server, `POST /v1.0/applications/x/addPassword HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`);
    expect(answer.status).toBe(server === 'graph' ? 401 : 400); // Graph checks the token before it reads a body
  }
  const token = await send('identity', `POST /common/oauth2/v2.0/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n`);
  expect(token.status).toBe(413);
  expect(bodyOf(token.text)).toBe('Payload Too Large');
});

test('an HTTP/1.0 request without Host is answered for the address it reached', async () => {
  const answer = await send('identity', 'GET /common/discovery/instance HTTP/1.0\r\n\r\n');
  expect(answer.status).toBe(200);
  expect(JSON.parse(bodyOf(answer.text)).metadata[0].aliases).toEqual([`127.0.0.1:${portOf('identity')}`]);
});
