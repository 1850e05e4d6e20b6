// The managed-identity endpoint, App Service style (plain http on loopback): IDENTITY_ENDPOINT + IDENTITY_HEADER,
// api-version 2019-08-01, `resource`, and client_id / object_id / mi_res_id for a user-assigned identity.
import crypto from 'node:crypto';
import type http from 'node:http';
import { managedIdentity as texts } from '../messages';
import type { ManagedIdentity, SandboxState, Tenant } from '../model';
import type { StateStore } from '../state/state-store';
import type { TokenService } from '../tokens';
import { sendJson, sendUnknownRoute } from '../http';
import type { FrontCall } from '../request-front';

export const MANAGED_IDENTITY_PATH = '/msi/token';
const API_VERSION = '2019-08-01';

export interface ManagedIdentityContext {
  store: StateStore;
  tokens: TokenService;
  identityHeader: string;
  graphAudiences: () => string[];
}

type Selection = { by: 'system' } | { by: 'clientId' | 'principalId' | 'resourceId'; value: string };

function selectionOf(params: URLSearchParams): Selection {
  const clientId = params.get('client_id');
  if (clientId) return { by: 'clientId', value: clientId };
  const objectId = params.get('object_id') ?? params.get('principal_id');
  if (objectId) return { by: 'principalId', value: objectId };
  const resourceId = params.get('mi_res_id');
  if (resourceId) return { by: 'resourceId', value: resourceId };
  return { by: 'system' };
}

function findIdentity(state: SandboxState, selection: Selection): { tenant: Tenant; identity: ManagedIdentity } | undefined {
  for (const tenant of state.tenants) {
    const identity = tenant.managedIdentities.find((mi) =>
      selection.by === 'system' ? mi.kind === 'SystemAssigned' : mi.kind === 'UserAssigned' && mi[selection.by].toLowerCase() === selection.value.toLowerCase());
    if (identity) return { tenant, identity };
  }
  return undefined;
}

function headersEqual(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function createManagedIdentityHandler(context: ManagedIdentityContext): (call: FrontCall) => Promise<void> {
  return async ({ req, res, url }) => {
    if (req.method !== 'GET' || url.pathname.toLowerCase() !== MANAGED_IDENTITY_PATH) return sendUnknownRoute(res);
    const correlationId = crypto.randomUUID();
    // App Service's error shape: {"statusCode":…,"message":…,"correlationId":…} with X-CORRELATION-ID.
    const reject = (status: number, message: string) =>
      sendJson(res, status, { statusCode: status, message, correlationId }, { 'x-correlation-id': correlationId });
    if (!headersEqual(req.headers['x-identity-header'], context.identityHeader)) return reject(401, texts.unauthorized);
    const resource = url.searchParams.get('resource')?.replace(/\/\.default$/, '');
    if (url.searchParams.get('api-version') !== API_VERSION || !resource) return reject(400, texts.badRequest);
    const found = findIdentity(context.store.read(), selectionOf(url.searchParams));
    if (!found) return reject(400, texts.notAssigned);
    const { tenant, identity } = found;
    const issued = await context.tokens.issue(tenant.id, resource, {
      appId: identity.clientId,
      displayName: identity.name,
      objectId: identity.principalId,
      roles: context.graphAudiences().includes(resource) ? identity.grantedRoles : [],
      appidacr: '2',
      managedIdentityResourceId: identity.resourceId,
    });
    sendJson(res, 200, {
      access_token: issued.accessToken,
      expires_on: String(issued.expiresOn),
      resource,
      token_type: 'Bearer',
      client_id: identity.clientId,
    });
  };
}
