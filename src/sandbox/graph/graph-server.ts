// The Microsoft Graph v1.0 subset (HTTPS): bearer tokens from this sandbox only (signature, lifetime, issuer and
// audience checked), permission checks from the token's roles, collections with OData queries, credential actions.
import crypto from 'node:crypto';
import type http from 'node:http';
import { graph as texts } from '../messages';
import type { SandboxState, Tenant } from '../model';
import type { StateStore } from '../state/state-store';
import { issuerFor, type TokenService } from '../tokens';
import { BodyTooLarge, noteForLog, readBody, sendTooLarge } from '../http';
import type { FrontCall } from '../request-front';
import { addKey, addPassword, removePassword, type CredentialOwner } from '../tenant-admin';
import { proofIsValid } from './key-proof';
import { encodeSkipToken, parseQuery, project, QueryError, runQuery } from './query';
import {
  APPLICATION_WRITE_ROLES, COLLECTIONS, GROUP_MEMBER_READ_ROLES, groupMembers, keyCredentialView, passwordCredentialView,
  type GraphCollection, type GraphObject,
} from './resources';

export interface GraphServerContext {
  store: StateStore;
  tokens: TokenService;
  graphAudiences: () => string[];
}

interface GraphError {
  code: string;
  message: string;
}

class GraphFailure extends Error {
  constructor(readonly status: number, readonly error: GraphError) {
    super(error.message);
  }
}

interface Call extends FrontCall {
  requestId: string;
  clientRequestId: string;
}

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

// Graph's innerError date has no fraction and no zone: 2022-03-17T16:05:41.
const graphDate = (now: Date) => now.toISOString().replace(/\.\d+Z$/, '');

/** What an answer needs of a call. */
type Answering = Pick<Call, 'res' | 'requestId' | 'clientRequestId'>;

function send(call: Answering, status: number, body: unknown, contentType = ODATA_JSON): void {
  call.res.writeHead(status, {
    'content-type': contentType,
    'request-id': call.requestId,
    'client-request-id': call.clientRequestId,
    'odata-version': '4.0',
    'cache-control': 'no-cache',
  });
  call.res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
}

function sendError(call: Answering, status: number, error: GraphError): void {
  noteForLog(call.res, error.code);
  send(call, status, {
    error: { ...error, innerError: { date: graphDate(new Date()), 'request-id': call.requestId, 'client-request-id': call.clientRequestId } },
  }, 'application/json');
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

function requireRole(roles: string[], allowed: string[]): void {
  if (!roles.some((r) => allowed.includes(r))) throw new GraphFailure(403, texts.insufficientPrivileges);
}

function listResponse(call: Call, items: GraphObject[], contextName: string, defaults?: string[]): void {
  const eventual = String(call.req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
  let options;
  let result;
  try {
    options = parseQuery(call.url.searchParams, eventual);
    result = runQuery(items, options);
  } catch (error) {
    if (error instanceof QueryError) throw new GraphFailure(400, texts.invalidFilter);
    throw error;
  }
  const selectSuffix = options.select ? `(${options.select.join(',')})` : '';
  const body: GraphObject = { '@odata.context': `${call.origin}/v1.0/$metadata#${contextName}${selectSuffix}` };
  if (options.count) body['@odata.count'] = result.total;
  if (result.nextSkip !== undefined) {
    const next = new URL(call.url.pathname + call.url.search, call.origin);
    next.searchParams.set('$skiptoken', encodeSkipToken(result.nextSkip));
    body['@odata.nextLink'] = next.toString();
  }
  body.value = result.page.map((item) => project(item, options.select, defaults));
  send(call, 200, body);
}

function rawCount(call: Call, items: GraphObject[]): void {
  if (String(call.req.headers.consistencylevel ?? '').toLowerCase() !== 'eventual') throw new GraphFailure(400, texts.countNeedsEventual);
  let result;
  try {
    result = runQuery(items, { ...parseQuery(call.url.searchParams, true), top: Number.MAX_SAFE_INTEGER });
  } catch (error) {
    if (error instanceof QueryError) throw new GraphFailure(400, texts.invalidFilter);
    throw error;
  }
  send(call, 200, String(result.total), 'text/plain; charset=utf-8');
}

async function jsonBody(call: Call): Promise<Record<string, unknown>> {
  const body = await readBody(call.req);
  try {
    const parsed = body.length ? JSON.parse(body.toString('utf8')) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // fall through
  }
  throw new GraphFailure(400, texts.badRequest);
}

// Directory object types a member list can be cast to, with the entity set Graph names in @odata.context.
const CAST_TYPES: Record<string, string> = { user: 'users', group: 'groups', servicePrincipal: 'servicePrincipals', device: 'devices', orgContact: 'contacts' };

/** `microsoft.graph.user` or `graph.user` (the namespace's alias) as a cast, or a 400 for an unknown type. */
function typeCast(segment: string): { odataType: string; contextName: string } {
  const match = /^(?:microsoft\.)?graph\.(\w+)$/.exec(segment);
  const contextName = match ? CAST_TYPES[match[1]] : undefined;
  if (!match || !contextName) throw new GraphFailure(400, texts.segmentNotFound(segment));
  return { odataType: `#microsoft.graph.${match[1]}`, contextName };
}

const ALT_KEY = /^(applications|servicePrincipals)\(appId='([^']+)'\)$/;

/** Resolves `applications(appId='…')` and `servicePrincipals(appId='…')` to the collection and the object id. */
function resolveAltKey(tenant: Tenant, segment: string): { collection: string; id: string } | undefined {
  const match = ALT_KEY.exec(segment);
  if (!match) return undefined;
  const list: Array<{ id: string; appId: string }> = match[1] === 'applications' ? tenant.applications : tenant.servicePrincipals;
  const found = list.find((o) => o.appId.toLowerCase() === match[2].toLowerCase());
  if (!found) throw new GraphFailure(404, texts.resourceNotFound(match[2]));
  return { collection: match[1], id: found.id };
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

async function route(call: Call, context: GraphServerContext): Promise<void> {
  const { segments } = call;
  if (segments[0] !== 'v1.0') throw new GraphFailure(400, texts.segmentNotFound(segments[0] ?? ''));
  const state = context.store.read();
  const { tenant, roles } = await authenticate(call, context, state);
  let [name, key, action, ...extra] = segments.slice(1);
  if (name?.toLowerCase() === 'me') throw new GraphFailure(400, texts.meNeedsDelegated);
  const alt = name ? resolveAltKey(tenant, name) : undefined;
  if (alt) [name, key, action, extra] = [alt.collection, alt.id, key, action ? [action, ...extra] : extra];
  const collection: GraphCollection | undefined = name ? COLLECTIONS[name] : undefined;
  if (!collection) throw new GraphFailure(400, texts.segmentNotFound(name ?? ''));
  if (extra.length && !(name === 'groups' && action === 'members')) throw new GraphFailure(400, texts.segmentNotFound(extra[0]));
  const method = call.req.method ?? 'GET';

  if (action && (name === 'applications' || name === 'servicePrincipals') && ['addPassword', 'removePassword', 'addKey'].includes(action)) {
    if (method !== 'POST' || (action === 'addKey' && name !== 'applications')) throw new GraphFailure(400, texts.segmentNotFound(action));
    requireRole(roles, APPLICATION_WRITE_ROLES);
    return credentialAction(call, context, tenant, name, key, action);
  }
  if (method !== 'GET') throw new GraphFailure(400, texts.segmentNotFound(action ?? key ?? name));
  if (name === 'groups' && key && action === 'members') {
    requireRole(roles, GROUP_MEMBER_READ_ROLES);
    const members = groupMembers(tenant, key);
    if (!members) throw new GraphFailure(404, texts.resourceNotFound(key));
    // The SDKs' type-cast builders: members/microsoft.graph.user (or graph.user), optionally followed by $count.
    const cast = extra[0] && extra[0] !== '$count' ? typeCast(extra[0]) : undefined;
    const rest = cast ? extra.slice(1) : extra;
    if (rest.length > 1 || (rest[0] !== undefined && rest[0] !== '$count')) throw new GraphFailure(400, texts.segmentNotFound(rest[rest.length - 1]));
    const items = cast ? members.filter((m) => m['@odata.type'] === cast.odataType) : members;
    if (rest[0] === '$count') return rawCount(call, items);
    return listResponse(call, items, cast?.contextName ?? 'directoryObjects', COLLECTIONS.users.defaultProperties);
  }
  if (action) throw new GraphFailure(400, texts.segmentNotFound(action));
  requireRole(roles, collection.readRoles);
  if (key === '$count') return rawCount(call, collection.list(tenant));
  if (!key) return listResponse(call, collection.list(tenant), collection.name, collection.defaultProperties);
  const item = collection.find(tenant, key);
  if (!item) throw new GraphFailure(404, texts.resourceNotFound(key));
  const select = call.url.searchParams.get('$select')?.split(',').map((s) => s.trim()).filter(Boolean);
  const selected = select ? `(${select.join(',')})` : '';
  send(call, 200, { '@odata.context': `${call.origin}/v1.0/$metadata#${collection.name}${selected}/$entity`, ...project(item, select, collection.defaultProperties) });
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
