// The identity endpoint (HTTPS): OIDC discovery, JWKS, instance discovery and the v2.0 token endpoint for the
// client-credentials grant. Routes parse the request; the checks in token-request.ts and credential-checks.ts decide.
import crypto from 'node:crypto';
import type http from 'node:http';
import { entra, type EntraFailure } from '../messages';
import { findTenant, type Tenant } from '../model';
import type { StateStore } from '../state/state-store';
import { TOKEN_LIFETIME_SECONDS, type TokenService } from '../tokens';
import { BodyTooLarge, noteForLog, parseForm, readBody, sendJson, sendTooLarge, sendUnknownRoute } from '../http';
import type { FrontCall } from '../request-front';
import { entraErrorBody, entraStatus } from './entra-error';
import { authenticateClient } from './credential-checks';
import { basicCredentials, checkClientId, checkGrantType, findApplication, resourceOfScope, type CheckedRequest } from './token-request';

export interface IdentityServerContext {
  store: StateStore;
  tokens: TokenService;
  /** The audiences that stand for Microsoft Graph (the token then carries the app's granted roles). */
  graphAudiences: () => string[];
  graphEndpoint: () => string;
}

const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations', 'consumers']);

function correlationIdOf(req: http.IncomingMessage, url: URL): string {
  const given = url.searchParams.get('client-request-id') ?? req.headers['client-request-id'];
  return typeof given === 'string' && given ? given : crypto.randomUUID();
}

function sendFailure(res: http.ServerResponse, failure: EntraFailure, origin: string, correlationId: string): void {
  noteForLog(res, `AADSTS${failure.codes[0]}`);
  sendJson(res, entraStatus(failure), entraErrorBody(failure, origin, correlationId), { 'client-request-id': correlationId });
}

function openIdConfiguration(origin: string, tenantId: string, graphEndpoint: string): object {
  const base = `${origin}/${tenantId}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${base}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${graphEndpoint}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    cloud_instance_name: new URL(origin).host,
    msgraph_host: new URL(graphEndpoint).host,
  };
}

function instanceDiscovery(origin: string): object {
  const host = new URL(origin).host;
  return {
    tenant_discovery_endpoint: `${origin}/{tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
}

export function createIdentityHandler(context: IdentityServerContext): (call: FrontCall) => Promise<void> {
  const tenantOr404 = (segment: string): Tenant | undefined => findTenant(context.store.read(), segment);

  async function token({ req, res, url, origin }: FrontCall, segment: string): Promise<void> {
    const correlationId = correlationIdOf(req, url);
    const failWith = (failure: EntraFailure) => sendFailure(res, failure, origin, correlationId);
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendTooLarge(res);
      throw error;
    }
    const tenant = tenantOr404(segment);
    if (!tenant) return failWith(entra.tenantNotFound(segment));
    // A body Entra cannot read as a form has, as far as it is concerned, no parameters at all.
    const form = parseForm(body, req.headers['content-type']);
    if (!form) return failWith(entra.missingParameter('grant_type'));
    const basic = basicCredentials(req.headers.authorization);
    const clientId = form.get('client_id') ?? basic?.clientId ?? '';
    const early = checkGrantType(form) ?? checkClientId({ clientId });
    if (early) return failWith(early);
    const scope = resourceOfScope(form);
    if ('failure' in scope) return failWith(scope.failure);
    const found = findApplication(tenant, clientId);
    if ('failure' in found) return failWith(found.failure);
    const request: CheckedRequest = {
      form,
      basic,
      clientId,
      tenant,
      application: found.application,
      resource: scope.resource,
      tokenEndpoints: [...new Set([tenant.id, tenant.domain, segment])].map((t) => `${origin}/${t}/oauth2/v2.0/token`),
      now: new Date(),
    };
    const verdict = await authenticateClient(request);
    if (verdict.outcome === 'fail') return failWith(verdict.failure);
    const servicePrincipal = tenant.servicePrincipals.find((sp) => sp.appId === found.application.appId);
    const forGraph = context.graphAudiences().includes(scope.resource);
    const issued = await context.tokens.issue(tenant.id, scope.resource, {
      appId: found.application.appId,
      displayName: found.application.displayName,
      objectId: servicePrincipal?.id ?? found.application.id,
      roles: forGraph ? found.application.grantedRoles : [],
      appidacr: verdict.appidacr,
    });
    sendJson(res, 200, { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, ext_expires_in: TOKEN_LIFETIME_SECONDS, access_token: issued.accessToken }, { 'client-request-id': correlationId });
  }

  function discovery({ req, res, url, origin }: FrontCall, segment: string): void {
    if (MULTI_TENANT_SEGMENTS.has(segment.toLowerCase())) {
      return sendJson(res, 200, openIdConfiguration(origin, '{tenantid}', context.graphEndpoint()));
    }
    const tenant = tenantOr404(segment);
    if (!tenant) return sendFailure(res, entra.tenantNotFoundAtDiscovery(segment), origin, correlationIdOf(req, url));
    sendJson(res, 200, openIdConfiguration(origin, tenant.id, context.graphEndpoint()));
  }

  return async (call) => {
    const { req, res } = call;
    const [segment, ...rest] = call.segments;
    const tail = rest.join('/').toLowerCase();
    if (req.method === 'POST' && segment && tail === 'oauth2/v2.0/token') return token(call, segment);
    if (req.method === 'GET' && segment) {
      if (tail === 'v2.0/.well-known/openid-configuration') return discovery(call, segment);
      if (tail === 'discovery/v2.0/keys' || tail === 'discovery/keys') return sendJson(res, 200, context.tokens.jwks());
      if (tail === 'discovery/instance') return sendJson(res, 200, instanceDiscovery(call.origin));
    }
    sendUnknownRoute(res);
  };
}
