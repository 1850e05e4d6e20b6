// The tenant state's shape: what the state file holds and what the servers read. Only public keys and salted secret
// hashes are stored; Graph's JSON views are derived from these records in graph/resources.ts.

export interface KeyCredential {
  keyId: string;
  displayName: string;
  /** Upper-case hex SHA-1 of the certificate's DER (Graph's customKeyIdentifier, the thumbprint users see). */
  thumbprintSha1: string;
  /** Upper-case hex SHA-256 of the certificate's DER (what x5t#S256 names). */
  thumbprintSha256: string;
  certificatePem: string;
  startDateTime: string;
  endDateTime: string;
}

export interface PasswordCredential {
  keyId: string;
  displayName: string;
  /** The first three characters of the secret, as Graph shows them. */
  hint: string;
  salt: string;
  hash: string;
  startDateTime: string;
  endDateTime: string;
}

/** Graph properties a record carries beyond its typed fields, by their Graph names (what POST and PATCH write). */
export type GraphProperties = Record<string, unknown>;

/** What every directory record has: its id and the Graph properties written to it. */
export interface DirectoryRecord {
  id: string;
  properties?: GraphProperties;
  /** Owners (users or service principals) by object id. */
  ownerIds?: string[];
}

export interface Application extends DirectoryRecord {
  id: string;
  appId: string;
  displayName: string;
  createdDateTime: string;
  keyCredentials: KeyCredential[];
  passwordCredentials: PasswordCredential[];
  /** Microsoft Graph application permissions granted with admin consent (the token's `roles`). */
  grantedRoles: string[];
}

export interface ServicePrincipal extends DirectoryRecord {
  id: string;
  appId: string;
  displayName: string;
  servicePrincipalType: 'Application' | 'ManagedIdentity';
  createdDateTime: string;
  passwordCredentials: PasswordCredential[];
  alternativeNames: string[];
}

export interface ManagedIdentity {
  kind: 'SystemAssigned' | 'UserAssigned';
  name: string;
  clientId: string;
  /** The object id of its service principal (the token's `oid`). */
  principalId: string;
  resourceId: string;
  grantedRoles: string[];
}

export interface User extends DirectoryRecord {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  mobilePhone: string | null;
  businessPhones: string[];
  preferredLanguage: string;
  accountEnabled: boolean;
  createdDateTime: string;
  /** The manager's object id. */
  managerId?: string | null;
}

export interface Group extends DirectoryRecord {
  id: string;
  displayName: string;
  description: string;
  mailNickname: string;
  mail: string | null;
  mailEnabled: boolean;
  securityEnabled: boolean;
  groupTypes: string[];
  visibility: string | null;
  createdDateTime: string;
  memberIds: string[];
}

export interface Tenant {
  id: string;
  domain: string;
  displayName: string;
  createdDateTime: string;
  applications: Application[];
  servicePrincipals: ServicePrincipal[];
  managedIdentities: ManagedIdentity[];
  users: User[];
  groups: Group[];
  /** Soft-deleted users, Microsoft 365 groups, applications and service principals (restorable for 30 days). */
  deletedItems?: DeletedItem[];
}

export interface DeletedItem {
  /** The entity set the record came from ('users', 'groups', ...). */
  entitySet: string;
  deletedDateTime: string;
  record: DirectoryRecord;
}

export interface SandboxState {
  version: 1;
  tenants: Tenant[];
}

/** Finds a tenant by GUID or verified domain, case-insensitively, as Entra does. */
export function findTenant(state: SandboxState, nameOrId: string): Tenant | undefined {
  const key = nameOrId.toLowerCase();
  return state.tenants.find((t) => t.id === key || t.domain.toLowerCase() === key);
}

export function isStateShape(value: unknown): value is SandboxState {
  const v = value as SandboxState;
  return !!v && v.version === 1 && Array.isArray(v.tenants) && v.tenants.every((t) => typeof t?.id === 'string' && Array.isArray(t.applications));
}
