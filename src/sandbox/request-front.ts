// The one hardened front every sandbox server (identity, Graph, managed identity) sits behind: it owns the listening
// server, its limits (header size, body size, timeouts for incomplete requests, keep-alive), answers what HTTP itself
// rejects, parses the target and the Host header, and hands the service a parsed call inside its error handling, so
// no request can throw past it. Services know nothing of sockets; a schema-driven service can sit behind it as well.
import http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import type { Duplex } from 'node:stream';
import { httpReason } from './messages';
import { logRequests, noteForLog, sendUnknownRoute, type RequestLogger } from './http';

export interface FrontLimits {
  /** Request line plus headers; past it 431. */
  maxHeaderBytes: number;
  /** Time to receive the complete headers of a request; past it 408. */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included; past it 408. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: FrontLimits = {
  maxHeaderBytes: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  // Longer than clients usually keep idle connections, so a client reusing one rarely races our close.
  keepAliveTimeoutMs: 65_000,
};

/** A request the front accepted: the target parsed, the path split into decoded segments, the origin it was sent to. */
export interface FrontCall {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  url: URL;
  segments: string[];
  /** `https://host:port` as the client addressed this server (a checked Host header). */
  origin: string;
}

export interface FrontOptions {
  name: string;
  /** Certificate and key for HTTPS; plain http without. */
  tls?: { cert: string; key: string };
  handle: (call: FrontCall) => Promise<void> | void;
  /** The service's own 400 for a request it cannot read (the front's target and Host checks, or a handler that threw). */
  badRequest?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  limits?: Partial<FrontLimits>;
  log?: RequestLogger;
}

const REASONS: Record<number, string> = { 400: httpReason.badRequest, 408: httpReason.requestTimeout, 431: httpReason.headersTooLarge };

/** Answers on the raw socket (no response object exists yet), then closes it. */
function refuseOnSocket(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const reason = REASONS[status];
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(reason)}\r\nConnection: close\r\n\r\n${reason}`);
}

// What the HTTP parser rejects never reaches a service: answer it on the socket, then close.
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET') socket.destroy();
  else refuseOnSocket(socket, error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400);
}

// host, IPv4, [IPv6], each with an optional port: anything else in Host cannot name this server.
const HOST_HEADER = /^(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function hostOf(req: http.IncomingMessage, server: net.Server): string | undefined {
  const given = req.headers.host;
  if (given === undefined) {
    // HTTP/1.0 may omit Host: the address the client reached stands for it.
    const address = server.address() as net.AddressInfo | null;
    if (!address) return undefined;
    return address.family === 'IPv6' ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`;
  }
  if (!HOST_HEADER.test(given)) return undefined;
  try {
    new URL(`http://${given}`);
    return given;
  } catch {
    return undefined;
  }
}

/** The request target as a URL (origin-form `/path?query` or absolute-form `http://host/path`), or undefined. */
export function parseTarget(target: string | undefined, scheme: string): URL | undefined {
  if (!target) return undefined;
  try {
    if (target.startsWith('/')) return new URL(`${scheme}://sandbox${target}`);
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The path's segments, percent-decoded; undefined when an escape does not decode (`%zz`, a lone `%C3`). */
export function pathSegments(url: URL): string[] | undefined {
  try {
    return url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

export function createFront(options: FrontOptions): http.Server {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const scheme = options.tls ? 'https' : 'http';
  const badRequest = options.badRequest ?? ((_req: http.IncomingMessage, res: http.ServerResponse) => sendUnknownRoute(res));
  const serverOptions: http.ServerOptions = {
    maxHeaderSize: limits.maxHeaderBytes,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this interval (30 s by default, far coarser than they are).
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(limits.headersTimeoutMs / 4))),
  };
  const server: http.Server = options.tls ? https.createServer({ ...serverOptions, ...options.tls }) : http.createServer(serverOptions);
  server.on('clientError', answerClientError);
  // No server here tunnels (CONNECT) or switches protocols (Upgrade): both are requests it cannot serve.
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => refuseOnSocket(socket, 400));
  server.on('upgrade', (_req: http.IncomingMessage, socket: Duplex) => refuseOnSocket(socket, 400));
  // A client that is not speaking TLS (or gives up in the handshake) only loses its own socket.
  server.on('tlsClientError', (_error: Error, socket: Duplex) => socket.destroy());
  logRequests(server, options.name, options.log);
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const refuse = (note: string) => {
      noteForLog(res, note);
      if (!res.headersSent) badRequest(req, res);
      else res.destroy();
    };
    const host = hostOf(req, server);
    const url = parseTarget(req.url, scheme);
    const segments = url && pathSegments(url);
    if (!host || !url || !segments) {
      // The body of a request we refuse unread is not worth waiting for.
      res.setHeader('connection', 'close');
      return refuse(!host ? 'bad Host header' : 'bad request target');
    }
    const call: FrontCall = { req, res, url, segments, origin: `${scheme}://${host}` };
    try {
      Promise.resolve(options.handle(call)).catch((error: Error) => refuse(`internal error: ${error?.message}`));
    } catch (error) {
      refuse(`internal error: ${(error as Error)?.message}`);
    }
  });
  return server;
}
