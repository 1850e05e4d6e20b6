// A client-credentials token request as the checks see it, and the checks that come before the credential:
// tenant, grant type, client id, scope, application. Each returns an Entra failure or undefined (pass).
import { entra, type EntraFailure } from '../messages';
import type { Application, Tenant } from '../model';

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

export interface TokenRequest {
  form: URLSearchParams;
  /** Credentials from an `Authorization: Basic` header (client_secret_basic). */
  basic?: { clientId: string; secret: string };
  clientId: string;
  /** Token endpoints this request may name as an assertion `aud` (by tenant id and by the segment used). */
  tokenEndpoints: string[];
  now: Date;
}

export interface CheckedRequest extends TokenRequest {
  tenant: Tenant;
  application: Application;
  /** The resource named by `{resource}/.default`. */
  resource: string;
}

export function basicCredentials(header: string | undefined): { clientId: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

export function checkGrantType(form: URLSearchParams): EntraFailure | undefined {
  const grantType = form.get('grant_type');
  if (!grantType) return entra.missingParameter('grant_type');
  return grantType === 'client_credentials' ? undefined : entra.unsupportedGrantType(grantType);
}

export function checkClientId(request: Pick<TokenRequest, 'clientId'>): EntraFailure | undefined {
  return request.clientId ? undefined : entra.missingParameter('client_id');
}

/** The resource of a `{resource}/.default` scope, or the failure Entra gives. */
export function resourceOfScope(form: URLSearchParams): { resource: string } | { failure: EntraFailure } {
  const raw = form.get('scope');
  if (!raw) return { failure: entra.missingParameter('scope') };
  const scopes = raw.split(/\s+/).filter((s) => s && !OIDC_SCOPES.has(s));
  const defaults = scopes.filter((s) => s.endsWith('/.default') && s.length > '/.default'.length);
  if (scopes.length !== 1 || defaults.length !== 1) return { failure: entra.scopeNotDefault(scopes.join(' ') || raw) };
  return { resource: defaults[0].slice(0, -'/.default'.length) };
}

export function findApplication(tenant: Tenant, clientId: string): { application: Application } | { failure: EntraFailure } {
  const application = tenant.applications.find((a) => a.appId.toLowerCase() === clientId.toLowerCase());
  return application ? { application } : { failure: entra.applicationNotFound(clientId, tenant.displayName) };
}
