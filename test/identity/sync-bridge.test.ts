import { IdentityError } from '../../src/identity/identity-error';
import { SyncBridge } from '../../src/identity/sync-bridge';
import { startThreadedServer, type ThreadedServer } from './helpers/threaded-server';

const timeout = (ms = 5000) => ({ timeoutMs: ms, onTimeout: () => new IdentityError('System.Threading.Tasks.TaskCanceledException', 'timed out') });
const loopback = { loopbackOnly: true };

describe('SyncBridge', () => {
  let server: ThreadedServer;
  let bridge: SyncBridge;
  beforeAll(async () => {
    server = await startThreadedServer();
  });
  beforeEach(() => {
    bridge = new SyncBridge();
  });
  afterEach(async () => {
    await bridge.stop();
  });
  afterAll(() => server.close());

  test('starts the worker lazily, on the first call', () => {
    expect(bridge.started).toBe(false);
    expect(bridge.call('ping', { n: 1 }, timeout())).toEqual({ n: 1 });
    expect(bridge.started).toBe(true);
  });

  test('performs async HTTP while the calling thread blocks, and returns the reply synchronously', () => {
    const response = bridge.call<{ status: number; body: string }>(
      'http',
      { request: { method: 'POST', url: `${server.url}/echo`, headers: { authorization: 'Bearer t' }, body: 'hi' }, transport: loopback },
      timeout(),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ method: 'POST', url: '/echo', body: 'hi', authorization: 'Bearer t' });
  });

  test('errors cross the bridge as data: a type and a message, no stack', () => {
    let caught: unknown;
    try {
      bridge.call('no-such-op', {}, timeout());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IdentityError);
    expect((caught as IdentityError).message).toBe("unknown I/O operation 'no-such-op'");
    expect((caught as IdentityError).exceptionType).toBe('System.Exception');
  });

  test('a loopback-only transport refuses other hosts before any socket opens', () => {
    expect(() =>
      bridge.call('http', { request: { method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' }, transport: loopback }, timeout()),
    ).toThrow('refused non-loopback https://graph.microsoft.com');
    expect(() =>
      bridge.call('http', { request: { method: 'GET', url: 'http://169.254.169.254/metadata' }, transport: { loopbackOnly: false } }, timeout()),
    ).toThrow('refused to contact http://169.254.169.254');
  });

  test('times out with the caller\'s error, then discards the late reply and keeps working', () => {
    const started = Date.now();
    expect(() =>
      bridge.call('http', { request: { method: 'GET', url: `${server.url}/never` }, transport: loopback }, timeout(300)),
    ).toThrow(new IdentityError('System.Threading.Tasks.TaskCanceledException', 'timed out'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(bridge.call('ping', 'after', timeout())).toBe('after');
  });

  test('many calls in a row each get their own reply', () => {
    for (let i = 0; i < 50; i++) {
      const response = bridge.call<{ body: string }>('http', { request: { method: 'GET', url: `${server.url}/n/${i}` }, transport: loopback }, timeout());
      expect(JSON.parse(response.body).url).toBe(`/n/${i}`);
    }
  });
});
