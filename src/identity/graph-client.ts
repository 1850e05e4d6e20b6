// Microsoft Graph over the session: relative or absolute URIs, the session's bearer token, JSON in and out.
// A Graph error response is returned as data (its envelope's code and message); the cmdlets decide how to show it.
import type { GraphSession } from './graph-session';
import { IdentityError } from './identity-error';
import { format, messages } from './messages';
import type { HttpResponse } from './network-client';
import { environmentTransport } from './resolved-environment';
import type { SyncBridge } from './sync-bridge';

/** HttpClient's default timeout, which Connect-MgGraph -ClientTimeout changes. */
const DEFAULT_TIMEOUT_SECONDS = 100;

export interface GraphRequest {
  method: string;
  /** `v1.0/users`, `/v1.0/users` or `https://graph.microsoft.com/v1.0/users`. */
  uri: string;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  timeoutSeconds?: number;
}

export interface GraphErrorEnvelope {
  code: string;
  message: string;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The parsed body when the response is JSON. */
  json?: unknown;
  /** The Graph error envelope of a non-success response. */
  error?: GraphErrorEnvelope;
}

function parseJson(response: HttpResponse): unknown {
  if (!response.body || !/json/i.test(response.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

function errorEnvelope(json: unknown): GraphErrorEnvelope | undefined {
  const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (!error || typeof error !== 'object') return undefined;
  return { code: String(error.code ?? ''), message: String(error.message ?? '') };
}

/** Node's socket failures in .NET's words. */
function networkError(error: IdentityError, url: URL): IdentityError {
  if (/ECONNREFUSED/.test(error.message)) {
    return new IdentityError('System.Net.Http.HttpRequestException', format(messages.connectionRefused, `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`));
  }
  return error;
}

export class GraphClient {
  constructor(private readonly session: GraphSession, private readonly bridge: SyncBridge) {}

  /** The absolute URL for `uri` in the session's environment. */
  resolveUri(uri: string): URL {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) return new URL(uri);
    const environment = this.session.environment;
    if (!environment) throw new IdentityError('Microsoft.Graph.PowerShell.AuthenticationException', messages.missingAuthContext, { category: 'AuthenticationError', terminating: true });
    return new URL(`${environment.graphEndpoint}/${uri.replace(/^\/+/, '')}`);
  }

  request(request: GraphRequest): GraphResponse {
    const token = this.session.accessToken();
    const environment = this.session.environment!;
    const url = this.resolveUri(request.uri);
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined && request.body !== null) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    }
    const seconds = request.timeoutSeconds ?? this.session.clientTimeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    let response: HttpResponse;
    try {
      response = this.bridge.call<HttpResponse>(
        'http',
        { request: { method: request.method.toUpperCase(), url: url.href, headers, body }, transport: environmentTransport(environment) },
        { timeoutMs: seconds * 1000, onTimeout: () => new IdentityError('System.Threading.Tasks.TaskCanceledException', format(messages.httpClientTimeout, seconds)) },
      );
    } catch (error) {
      throw error instanceof IdentityError ? networkError(error, url) : error;
    }
    const json = parseJson(response);
    const failed = response.status < 200 || response.status >= 300;
    return { ...response, json, error: failed ? errorEnvelope(json) : undefined };
  }
}
