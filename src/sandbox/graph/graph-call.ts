// One Graph call and how it is answered: Graph's headers, its error envelope, and the failure type routes throw.
import { noteForLog, readBody } from '../http';
import { graph as texts } from '../messages';
import type { FrontCall } from '../request-front';

export interface GraphError {
  code: string;
  message: string;
}

export class GraphFailure extends Error {
  constructor(readonly status: number, readonly error: GraphError) {
    super(error.message);
  }
}

export interface Call extends FrontCall {
  requestId: string;
  clientRequestId: string;
}

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

// Graph's innerError date has no fraction and no zone: 2022-03-17T16:05:41.
const graphDate = (now: Date) => now.toISOString().replace(/\.\d+Z$/, '');

/** What an answer needs of a call. */
export type Answering = Pick<Call, 'res' | 'requestId' | 'clientRequestId'>;

export function send(call: Answering, status: number, body: unknown, contentType = ODATA_JSON): void {
  call.res.writeHead(status, {
    'content-type': contentType,
    'request-id': call.requestId,
    'client-request-id': call.clientRequestId,
    'odata-version': '4.0',
    'cache-control': 'no-cache',
  });
  call.res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
}

export function sendError(call: Answering, status: number, error: GraphError): void {
  noteForLog(call.res, error.code);
  send(call, status, {
    error: { ...error, innerError: { date: graphDate(new Date()), 'request-id': call.requestId, 'client-request-id': call.clientRequestId } },
  }, 'application/json');
}

export function requireRole(roles: string[], allowed: string[]): void {
  if (!roles.some((r) => allowed.includes(r))) throw new GraphFailure(403, texts.insufficientPrivileges);
}

/** The request's JSON object body ({} when empty), or Graph's 400. */
export async function jsonBody(call: Call): Promise<Record<string, unknown>> {
  const body = await readBody(call.req);
  try {
    const parsed = body.length ? JSON.parse(body.toString('utf8')) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw new GraphFailure(400, texts.badRequest);
}

export function isEventual(call: Call): boolean {
  return String(call.req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}
