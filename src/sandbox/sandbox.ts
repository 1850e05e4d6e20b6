// Starts the sandbox: tenant state, keys, and its three loopback servers (identity and Graph over HTTPS with the
// sandbox CA, managed identity over plain http, App Service style). Returns the endpoints a client needs.
import crypto from 'node:crypto';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO } from './demo/demo-tenant';
import { debugLogger } from './http';
import { createIdentityHandler } from './identity/identity-server';
import { createGraphHandler, graphBadRequest } from './graph/graph-server';
import { createManagedIdentityHandler, MANAGED_IDENTITY_PATH } from './managed-identity/managed-identity-server';
import { cli } from './messages';
import { loadPki } from './pki';
import { createFront, type FrontLimits } from './request-front';
import { StateStore } from './state/state-store';
import { TokenService } from './tokens';

/** The standalone server's default ports: identity on this one, Graph on the next, managed identity on the one after. */
export const DEFAULT_PORT = 47480;
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
// Room for a burst of a thousand clients connecting at once (the kernel caps it at somaxconn).
const LISTEN_BACKLOG = 4096;

export interface SandboxOptions {
  /** The sandbox folder (state, CA, keys); default `$PSNODE_HOME/sandbox`, else `~/.psnode/sandbox`. */
  location?: string;
  /** Keep the tenant state (and, with no location given, the keys) in memory only. */
  inMemory?: boolean;
  /** Identity endpoint port (Graph uses port+1, managed identity port+2); 0 (the default) picks free ports. */
  port?: number;
  /** The three ports (identity, Graph, managed identity) exactly, overriding `port`: a restart keeps its endpoints. */
  ports?: number[];
  /** Address to bind; 127.0.0.1 by default. Anything else is reported through `warn`. */
  host?: string;
  /** A file that gets one line per request (no bodies, no headers). */
  debugLog?: string;
  /** The request front's limits (header size, timeouts, keep-alive); DEFAULT_LIMITS otherwise. */
  limits?: Partial<FrontLimits>;
  warn?: (message: string) => void;
}

export interface RunningSandbox {
  /** `https://127.0.0.1:PORT`: the authority host; the authority is `${authorityHost}/${tenantId}`. */
  authorityHost: string;
  authority: string;
  graphEndpoint: string;
  /** IDENTITY_ENDPOINT for managed identity (App Service style, plain http). */
  identityEndpoint: string;
  /** IDENTITY_HEADER: the value the managed-identity endpoint expects in X-IDENTITY-HEADER. */
  identityHeader: string;
  caCertificatePem: string;
  /** The ports of the identity, Graph and managed-identity servers. */
  ports: number[];
  /** The sandbox folder, or undefined when fully in memory. */
  location: string | undefined;
  tenantId: string;
  tenantDomain: string;
  store: StateStore;
  close(): Promise<void>;
}

export function defaultLocation(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.PSNODE_HOME || path.join(env.HOME || os.homedir(), '.psnode');
  return path.join(home, 'sandbox');
}

function listen(server: net.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || (net.isIPv4(host) && host.startsWith('127.'));
}

const urlHost = (host: string) => (net.isIPv6(host) ? `[${host}]` : host);

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  if (!isLoopbackHost(host)) warn(cli.nonLoopbackHost(host));
  // With inMemory and no explicit location, nothing touches the disk; an explicit location keeps the keys there.
  const location = options.inMemory && !options.location ? undefined : options.location ?? defaultLocation();
  const store = new StateStore(options.inMemory ? { inMemory: true } : { folder: location!, warn });
  store.read(); // seed (or recover) now rather than on the first request
  const pki = await loadPki(location, host);
  const tokens = new TokenService(pki.tokenKey);
  const identityHeader = crypto.randomBytes(24).toString('base64url');
  const log = debugLogger(options.debugLog);

  let graphEndpoint = '';
  const graphAudiences = () => [graphEndpoint, `${graphEndpoint}/`, 'https://graph.microsoft.com', 'https://graph.microsoft.com/', GRAPH_APP_ID];
  const tls = { cert: pki.tlsCertificatePem, key: pki.tlsKeyPem };
  const front = { log, limits: options.limits };
  const servers = [
    createFront({ ...front, name: 'identity', tls, handle: createIdentityHandler({ store, tokens, graphAudiences, graphEndpoint: () => graphEndpoint }) }),
    createFront({ ...front, name: 'graph', tls, handle: createGraphHandler({ store, tokens, graphAudiences }), badRequest: graphBadRequest }),
    createFront({ ...front, name: 'managed-identity', handle: createManagedIdentityHandler({ store, tokens, identityHeader, graphAudiences }) }),
  ];
  const base = options.port ?? 0;
  const wanted = servers.map((_, i) => options.ports?.[i] ?? (base === 0 ? 0 : base + i));
  const ports: number[] = [];
  try {
    for (const [i, server] of servers.entries()) ports.push(await listen(server, wanted[i], host));
  } catch (error) {
    await Promise.all(servers.filter((s) => s.listening).map(closeServer));
    throw error;
  }
  const authorityHost = `https://${urlHost(host)}:${ports[0]}`;
  graphEndpoint = `https://${urlHost(host)}:${ports[1]}`;
  return {
    authorityHost,
    authority: `${authorityHost}/${DEMO.tenantId}`,
    graphEndpoint,
    identityEndpoint: `http://${urlHost(host)}:${ports[2]}${MANAGED_IDENTITY_PATH}`,
    identityHeader,
    caCertificatePem: pki.caCertificatePem,
    ports,
    location,
    tenantId: DEMO.tenantId,
    tenantDomain: DEMO.tenantDomain,
    store,
    close: async () => {
      await Promise.all(servers.map(closeServer));
    },
  };
}
