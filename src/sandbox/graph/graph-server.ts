// The Microsoft Graph v1.0 front (HTTPS): bearer tokens from this sandbox only (signature, lifetime, issuer and
// audience checked), alternate keys, the credential actions; every other route is an entity route (entity-routes.ts).
import crypto from 'node:crypto';
import type http from 'node:http';
import { graph as texts } from '../messages';
import type { SandboxState, Tenant } from '../model';
import type { StateStore } from '../state/state-store';
import { issuerFor, type TokenService } from '../tokens';
import { BodyTooLarge, sendTooLarge } from '../http';
import type { FrontCall } from '../request-front';
import { addKey, addPassword, removePassword, type CredentialOwner } from '../tenant-admin';
import { keyCredentialView, passwordCredentialView } from './entities';
import { entityRoute } from './entity-routes';
import { GraphFailure, jsonBody, requireRole, send, sendError, type Call } from './graph-call';
import { proofIsValid } from './key-proof';
import { APPLICATION_WRITE } from './schema';

export interface GraphServerContext {
  store: StateStore;
  tokens: TokenService;
  graphAudiences: () => string[];
}

/** The caller's tenant and roles from a valid bearer token, or a 401 GraphFailure. */
async function authenticate(call: Call, context: GraphServerContext, state: SandboxState): Promise<{ tenant: Tenant; roles: string[] }> {
  const match = /^Bearer\s+(.*)$/i.exec(call.req.headers.authorization ?? '');
  const token = match?.[1].trim();
  if (!token) throw new GraphFailure(401, texts.tokenEmpty);
  const verified = await context.tokens.verify(token);
  if (!verified.ok) {
    throw new GraphFailure(401, verified.reason === 'expired' ? texts.tokenExpired : verified.reason === 'malformed' ? texts.tokenMalformed : texts.tokenInvalid);
  }
  const { claims } = verified;
  const tenant = state.tenants.find((t) => t.id === claims.tid);
  if (!tenant || claims.iss !== issuerFor(tenant.id)) throw new GraphFailure(401, texts.tokenInvalid);
  if (typeof claims.aud !== 'string' || !context.graphAudiences().includes(claims.aud)) throw new GraphFailure(401, texts.tokenInvalidAudience);
  return { tenant, roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [] };
}

const ALT_KEY = /^(applications|servicePrincipals)\(appId='([^']+)'\)$/i;

/** Resolves `applications(appId='…')` and `servicePrincipals(appId='…')` to the set and the object id. */
function resolveAltKey(tenant: Tenant, segment: string): { collection: string; id: string } | undefined {
  const match = ALT_KEY.exec(segment);
  if (!match) return undefined;
  const applications = match[1].toLowerCase() === 'applications';
  const list: Array<{ id: string; appId: string }> = applications ? tenant.applications : tenant.servicePrincipals;
  const found = list.find((o) => o.appId.toLowerCase() === match[2].toLowerCase());
  if (!found) throw new GraphFailure(404, texts.resourceNotFound(match[2]));
  return { collection: applications ? 'applications' : 'servicePrincipals', id: found.id };
}

async function credentialAction(call: Call, context: GraphServerContext, tenant: Tenant, kind: CredentialOwner, id: string, action: string): Promise<void> {
  const body = await jsonBody(call);
  const notFound = () => new GraphFailure(404, texts.resourceNotFound(id));
  if (action === 'addPassword') {
    const request = (body.passwordCredential ?? {}) as { displayName?: string; startDateTime?: string; endDateTime?: string };
    const added = addPassword(context.store, tenant.id, kind, id, request);
    if (!added) throw notFound();
    return send(call, 200, { '@odata.context': `${call.origin}/v1.0/$metadata#microsoft.graph.passwordCredential`, ...passwordCredentialView(added.credential, added.secretText) });
  }
  if (action === 'removePassword') {
    const outcome = removePassword(context.store, tenant.id, kind, id, String(body.keyId ?? ''));
    if (outcome === 'no-owner') throw notFound();
    if (outcome === 'no-key') throw new GraphFailure(404, texts.resourceNotFound(String(body.keyId ?? '')));
    return send(call, 204, undefined);
  }
  // addKey: the certificate's public part, with a proof of possession of one of the app's current keys.
  const keyCredential = (body.keyCredential ?? {}) as { key?: string; displayName?: string };
  const application = tenant.applications.find((a) => a.id.toLowerCase() === id.toLowerCase());
  if (!application) throw notFound();
  if (!(await proofIsValid(body.proof, application))) throw new GraphFailure(400, texts.badRequest);
  let added;
  try {
    added = keyCredential.key ? addKey(context.store, tenant.id, id, keyCredential.key, keyCredential.displayName) : undefined;
  } catch {
    throw new GraphFailure(400, texts.badRequest);
  }
  if (added === undefined && keyCredential.key) throw notFound();
  if (!added) throw new GraphFailure(400, texts.badRequest);
  send(call, 200, { '@odata.context': `${call.origin}/v1.0/$metadata#microsoft.graph.keyCredential`, ...keyCredentialView(added) });
}

const CREDENTIAL_ACTIONS = ['addPassword', 'removePassword', 'addKey'];

async function route(call: Call, context: GraphServerContext): Promise<void> {
  const { segments } = call;
  if (segments[0] !== 'v1.0') throw new GraphFailure(400, texts.segmentNotFound(segments[0] ?? ''));
  const state = context.store.read();
  const { tenant, roles } = await authenticate(call, context, state);
  let rest = segments.slice(1);
  if (rest[0]?.toLowerCase() === 'me') throw new GraphFailure(400, texts.meNeedsDelegated);
  const alt = rest[0] ? resolveAltKey(tenant, rest[0]) : undefined;
  if (alt) rest = [alt.collection, alt.id, ...rest.slice(1)];
  const [name, key, action] = rest;
  if ((name === 'applications' || name === 'servicePrincipals') && key && action && CREDENTIAL_ACTIONS.includes(action)) {
    if (rest.length > 3 || call.req.method !== 'POST' || (action === 'addKey' && name !== 'applications')) throw new GraphFailure(400, texts.segmentNotFound(action));
    requireRole(roles, APPLICATION_WRITE);
    return credentialAction(call, context, tenant, name, key, action);
  }
  return entityRoute({ call, store: context.store, tenant, roles }, rest);
}

function requestIds(req: http.IncomingMessage): Pick<Call, 'requestId' | 'clientRequestId'> {
  const requestId = crypto.randomUUID();
  const given = req.headers['client-request-id'];
  return { requestId, clientRequestId: typeof given === 'string' && given ? given : requestId };
}

/** Graph's 400 envelope for a request the front could not read. */
export function graphBadRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
  sendError({ res, ...requestIds(req) }, 400, texts.badRequest);
}

export function createGraphHandler(context: GraphServerContext): (front: FrontCall) => Promise<void> {
  return async (front) => {
    const call: Call = { ...front, ...requestIds(front.req) };
    try {
      await route(call, context);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendTooLarge(call.res);
      if (error instanceof GraphFailure) return sendError(call, error.status, error.error);
      throw error;
    }
  };
}
