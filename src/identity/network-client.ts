// HTTP for the I/O worker: one request function that honours a trusted CA (the sandbox's) and, for loopback
// environments, refuses any host that is not this machine before a socket opens. msal-node and the Graph client use it.
import http from 'node:http';
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** How an environment reaches its endpoints: which CA to trust and whether only loopback may be contacted. */
export interface Transport {
  /** PEM of a CA to trust (the sandbox's); undefined trusts Node's default roots. */
  ca?: string;
  loopbackOnly: boolean;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  /** Lower-cased names, as Node gives them. */
  headers: Record<string, string>;
  body: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
// Azure's instance metadata service: never contacted, whatever the environment says.
const IMDS_HOST = '169.254.169.254';

const agents = new Map<string, https.Agent>();
const plainAgent = new http.Agent({ keepAlive: true });

function httpsAgent(ca: string | undefined): https.Agent {
  const key = ca ?? '';
  let agent = agents.get(key);
  if (!agent) {
    agent = new https.Agent({ keepAlive: true, ca });
    agents.set(key, agent);
  }
  return agent;
}

/** Throws before any socket opens when the transport may not reach `url`'s host. */
function assertReachable(url: URL, transport: Transport): void {
  if (url.hostname === IMDS_HOST) throw new Error(`refused to contact ${url.origin}`);
  if (transport.loopbackOnly && !LOOPBACK_HOSTS.has(url.hostname)) throw new Error(`refused non-loopback ${url.origin}`);
}

export function sendHttp(request: HttpRequest, transport: Transport): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    assertReachable(url, transport);
    const secure = url.protocol === 'https:';
    const options = { method: request.method, headers: request.headers, agent: secure ? httpsAgent(transport.ca) : plainAgent };
    const req = (secure ? https : http).request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name] = String(value);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
}

/** The msal-node network module over sendHttp (contract: status, lower-cased headers, parsed JSON body). */
export function msalNetworkClient(transport: Transport): INetworkModule {
  const send = async <T>(method: string, url: string, options: NetworkRequestOptions = {}): Promise<NetworkResponse<T>> => {
    const response = await sendHttp({ method, url, headers: options.headers, body: options.body }, transport);
    return { status: response.status, headers: response.headers, body: (response.body ? JSON.parse(response.body) : {}) as T };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}
