// HTTP plumbing shared by the three servers: bounded body reading, form parsing, JSON answers, the debug log.
import fs from 'node:fs';
import type http from 'node:http';
import { httpReason } from './messages';

/** Larger bodies get 413: no real token or Graph request in this subset comes near it. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A plain-text answer with the HTTP reason phrase as its body. */
export function sendReason(res: http.ServerResponse, status: number, reason: string, close = false): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(close ? { connection: 'close' } : {}) });
  res.end(reason);
}

export function sendTooLarge(res: http.ServerResponse): void {
  // Close the connection: the rest of the oversized body is not worth reading.
  sendReason(res, 413, httpReason.payloadTooLarge, true);
}

/** Unknown routes answer 400 (msal-node retries 404 and 5xx for seconds). */
export function sendUnknownRoute(res: http.ServerResponse): void {
  sendReason(res, 400, httpReason.badRequest);
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store, no-cache', ...headers });
  res.end(text);
}

const PERCENT_ESCAPES_OK = /^(?:[^%]|%[0-9A-Fa-f]{2})*$/;

/** An application/x-www-form-urlencoded body, or undefined when the content type or the encoding is wrong. */
export function parseForm(body: Buffer, contentType: string | undefined): URLSearchParams | undefined {
  if (!contentType || contentType.split(';')[0].trim().toLowerCase() !== 'application/x-www-form-urlencoded') return undefined;
  const text = body.toString('utf8');
  if (!PERCENT_ESCAPES_OK.test(text) || Buffer.from(text, 'utf8').compare(body) !== 0) return undefined;
  try {
    for (const pair of text.split('&')) decodeURIComponent(pair.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
  return new URLSearchParams(text);
}

export type RequestLogger = (line: string) => void;

// Why a request failed, for the debug log: clients often hide it (msal's endpoints_resolution_error, reference/msal.md §5).
const notes = new WeakMap<http.ServerResponse, string>();

export function noteForLog(res: http.ServerResponse, note: string): void {
  notes.set(res, note);
}

/** Appends one line per request (method, path, status, time) to a 0600 file; bodies and headers are never logged. */
export function debugLogger(file: string | undefined): RequestLogger | undefined {
  if (!file) return undefined;
  return (line) => fs.appendFileSync(file, `${new Date().toISOString()} ${line}\n`, { mode: 0o600 });
}

export function logRequests(server: http.Server, name: string, log: RequestLogger | undefined): void {
  if (!log) return;
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const started = process.hrtime.bigint();
    const pathOnly = (req.url ?? '').split('?')[0];
    res.on('finish', () => {
      const note = notes.get(res);
      log(`${name} ${req.method} ${pathOnly} ${res.statusCode} ${Number(process.hrtime.bigint() - started) / 1e6}ms${note ? ` ${note}` : ''}`);
    });
  });
}
