// Changes to a tenant: new applications (with a certificate and/or a new secret, permissions granted) and credentials
// added to or removed from applications and service principals. Used by Graph's actions and the programmatic API.
import crypto from 'node:crypto';
import { keyCredentialFromCertificate, newSecretText, passwordCredential } from './credentials';
import { findTenant, type Application, type PasswordCredential, type SandboxState, type ServicePrincipal, type Tenant } from './model';
import type { StateStore } from './state/state-store';
import { DEMO } from './demo/demo-tenant';

/** Graph's addPassword default: a secret valid for two years. */
const DEFAULT_SECRET_YEARS = 2;

export interface NewApplicationOptions {
  displayName: string;
  /** A certificate's public part: PEM, or base64 DER (what New-SelfSignedCertificate's RawData gives). */
  certificate?: string;
  /** Create a client secret and return it once (only its hash is stored). */
  newSecret?: boolean;
  /** Microsoft Graph application permissions granted with admin consent, e.g. 'User.Read.All'. */
  permissions?: string[];
  /** The tenant (GUID or domain); the demo tenant by default. */
  tenant?: string;
}

export interface NewApplication {
  tenantId: string;
  applicationId: string;
  objectId: string;
  servicePrincipalId: string;
  displayName: string;
  certificateThumbprint?: string;
  clientSecret?: string;
  clientSecretKeyId?: string;
}

function tenantOrThrow(state: SandboxState, tenant: string): Tenant {
  const found = findTenant(state, tenant);
  if (!found) throw new Error(`the sandbox has no tenant '${tenant}'`);
  return found;
}

export function addApplication(store: StateStore, options: NewApplicationOptions): NewApplication {
  const keyCredential = options.certificate ? keyCredentialFromCertificate(options.certificate) : undefined;
  const secret = options.newSecret ? newSecretText() : undefined;
  const now = new Date();
  const end = new Date(now);
  end.setUTCFullYear(end.getUTCFullYear() + DEFAULT_SECRET_YEARS);
  const secretCredential = secret ? passwordCredential(secret, 'Client secret', now, end) : undefined;
  const application: Application = {
    id: crypto.randomUUID(),
    appId: crypto.randomUUID(),
    displayName: options.displayName,
    createdDateTime: now.toISOString(),
    keyCredentials: keyCredential ? [keyCredential] : [],
    passwordCredentials: secretCredential ? [secretCredential] : [],
    grantedRoles: [...new Set(options.permissions ?? [])],
  };
  const servicePrincipal: ServicePrincipal = {
    id: crypto.randomUUID(),
    appId: application.appId,
    displayName: options.displayName,
    servicePrincipalType: 'Application',
    createdDateTime: now.toISOString(),
    passwordCredentials: [],
    alternativeNames: [],
  };
  const tenantId = store.update((state) => {
    const tenant = tenantOrThrow(state, options.tenant ?? DEMO.tenantId);
    tenant.applications.push(application);
    tenant.servicePrincipals.push(servicePrincipal);
    return tenant.id;
  });
  return {
    tenantId,
    applicationId: application.appId,
    objectId: application.id,
    servicePrincipalId: servicePrincipal.id,
    displayName: application.displayName,
    certificateThumbprint: keyCredential?.thumbprintSha1,
    clientSecret: secret,
    clientSecretKeyId: secretCredential?.keyId,
  };
}

export type CredentialOwner = 'applications' | 'servicePrincipals';

function ownerOf(tenant: Tenant, kind: CredentialOwner, objectId: string): Application | ServicePrincipal | undefined {
  const list: Array<Application | ServicePrincipal> = kind === 'applications' ? tenant.applications : tenant.servicePrincipals;
  return list.find((o) => o.id.toLowerCase() === objectId.toLowerCase());
}

/** Adds a new secret; returns the stored record and the plaintext (shown once), or undefined if the owner is unknown. */
export function addPassword(store: StateStore, tenantId: string, kind: CredentialOwner, objectId: string,
  request: { displayName?: string; startDateTime?: string; endDateTime?: string }): { credential: PasswordCredential; secretText: string } | undefined {
  const start = request.startDateTime ? new Date(request.startDateTime) : new Date();
  const end = request.endDateTime ? new Date(request.endDateTime) : new Date(start.getTime());
  if (!request.endDateTime) end.setUTCFullYear(end.getUTCFullYear() + DEFAULT_SECRET_YEARS);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return undefined;
  const secretText = newSecretText();
  const credential = passwordCredential(secretText, request.displayName ?? '', start, end);
  return store.update((state) => {
    const owner = ownerOf(tenantOrThrow(state, tenantId), kind, objectId);
    if (!owner) return undefined;
    owner.passwordCredentials.push(credential);
    return { credential, secretText };
  });
}

/** 'removed', 'no-owner' or 'no-key'. */
export function removePassword(store: StateStore, tenantId: string, kind: CredentialOwner, objectId: string, keyId: string): 'removed' | 'no-owner' | 'no-key' {
  return store.update((state) => {
    const owner = ownerOf(tenantOrThrow(state, tenantId), kind, objectId);
    if (!owner) return 'no-owner';
    const before = owner.passwordCredentials.length;
    owner.passwordCredentials = owner.passwordCredentials.filter((c) => c.keyId.toLowerCase() !== keyId.toLowerCase());
    return owner.passwordCredentials.length < before ? 'removed' : 'no-key';
  });
}

/** Registers a certificate's public part on an application; undefined if the application is unknown. */
export function addKey(store: StateStore, tenantId: string, objectId: string, certificate: string, displayName?: string) {
  const keyCredential = keyCredentialFromCertificate(certificate, displayName);
  return store.update((state) => {
    const app = ownerOf(tenantOrThrow(state, tenantId), 'applications', objectId) as Application | undefined;
    if (!app) return undefined;
    app.keyCredentials.push(keyCredential);
    return keyCredential;
  });
}
