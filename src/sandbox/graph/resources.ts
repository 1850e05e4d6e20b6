// Graph v1.0 views of the tenant records, and which application permissions may read each collection.
// Each view is the full object the filter sees; `defaultProperties` is what Graph returns without $select.
import type { Application, Group, KeyCredential, PasswordCredential, ServicePrincipal, Tenant, User } from '../model';

export type GraphObject = Record<string, unknown>;

export interface GraphCollection {
  name: string;
  /** Any one of these roles allows reading. */
  readRoles: string[];
  list(tenant: Tenant): GraphObject[];
  /** Looks an item up by id (and, where Graph allows it, by another key such as a user principal name). */
  find(tenant: Tenant, key: string): GraphObject | undefined;
  defaultProperties?: string[];
}

const DIRECTORY_READ = ['Directory.Read.All', 'Directory.ReadWrite.All'];
export const APPLICATION_WRITE_ROLES = ['Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy'];
const APPLICATION_READ = ['Application.Read.All', ...APPLICATION_WRITE_ROLES, ...DIRECTORY_READ];

export function passwordCredentialView(c: PasswordCredential, secretText: string | null = null): GraphObject {
  return {
    customKeyIdentifier: null,
    displayName: c.displayName,
    endDateTime: c.endDateTime,
    hint: c.hint,
    keyId: c.keyId,
    secretText,
    startDateTime: c.startDateTime,
  };
}

export function keyCredentialView(c: KeyCredential): GraphObject {
  return {
    customKeyIdentifier: c.thumbprintSha1,
    displayName: c.displayName,
    endDateTime: c.endDateTime,
    key: null,
    keyId: c.keyId,
    startDateTime: c.startDateTime,
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
  };
}

function userView(u: User): GraphObject {
  return { ...u };
}

function groupView(g: Group): GraphObject {
  const { memberIds: _members, ...rest } = g;
  return { ...rest, deletedDateTime: null, classification: null };
}

function applicationView(a: Application): GraphObject {
  return {
    id: a.id,
    deletedDateTime: null,
    appId: a.appId,
    createdDateTime: a.createdDateTime,
    displayName: a.displayName,
    signInAudience: 'AzureADMyOrg',
    keyCredentials: a.keyCredentials.map(keyCredentialView),
    passwordCredentials: a.passwordCredentials.map((c) => passwordCredentialView(c)),
  };
}

function servicePrincipalView(tenant: Tenant, sp: ServicePrincipal): GraphObject {
  const app = tenant.applications.find((a) => a.appId === sp.appId);
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: sp.alternativeNames,
    appDisplayName: app ? app.displayName : null,
    appId: sp.appId,
    appOwnerOrganizationId: app ? tenant.id : null,
    displayName: sp.displayName,
    servicePrincipalNames: [sp.appId, ...sp.alternativeNames.filter((n) => n.startsWith('/subscriptions/'))],
    servicePrincipalType: sp.servicePrincipalType,
    keyCredentials: app ? app.keyCredentials.map(keyCredentialView) : [],
    passwordCredentials: sp.passwordCredentials.map((c) => passwordCredentialView(c)),
  };
}

function organizationView(t: Tenant): GraphObject {
  return {
    id: t.id,
    deletedDateTime: null,
    createdDateTime: t.createdDateTime,
    displayName: t.displayName,
    countryLetterCode: 'US',
    preferredLanguage: 'en',
    tenantType: 'AAD',
    verifiedDomains: [{ capabilities: 'Email, OfficeCommunicationsOnlineService', isDefault: true, isInitial: true, name: t.domain, type: 'Managed' }],
  };
}

const byId = (items: GraphObject[], key: string) => items.find((i) => String(i.id).toLowerCase() === key.toLowerCase());

export const COLLECTIONS: Record<string, GraphCollection> = {
  users: {
    name: 'users',
    readRoles: ['User.Read.All', 'User.ReadWrite.All', ...DIRECTORY_READ],
    list: (t) => t.users.map(userView),
    find: (t, key) => byId(t.users.map(userView), key) ?? t.users.map(userView).find((u) => String(u.userPrincipalName).toLowerCase() === key.toLowerCase()),
    // Graph's default user properties (user-list: "returns a default set of properties").
    defaultProperties: ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'],
  },
  groups: {
    name: 'groups',
    readRoles: ['Group.Read.All', 'Group.ReadWrite.All', ...DIRECTORY_READ],
    list: (t) => t.groups.map(groupView),
    find: (t, key) => byId(t.groups.map(groupView), key),
  },
  applications: {
    name: 'applications',
    readRoles: APPLICATION_READ,
    list: (t) => t.applications.map(applicationView),
    find: (t, key) => byId(t.applications.map(applicationView), key),
  },
  servicePrincipals: {
    name: 'servicePrincipals',
    readRoles: APPLICATION_READ,
    list: (t) => t.servicePrincipals.map((sp) => servicePrincipalView(t, sp)),
    find: (t, key) => byId(t.servicePrincipals.map((sp) => servicePrincipalView(t, sp)), key),
  },
  organization: {
    name: 'organization',
    readRoles: ['Organization.Read.All', 'Organization.ReadWrite.All', ...DIRECTORY_READ],
    list: (t) => [organizationView(t)],
    find: (t, key) => byId([organizationView(t)], key),
  },
};

/** Group members as directoryObjects (users carry their @odata.type). */
export const GROUP_MEMBER_READ_ROLES = ['GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', ...DIRECTORY_READ];

export function groupMembers(tenant: Tenant, groupId: string): GraphObject[] | undefined {
  const group = tenant.groups.find((g) => g.id.toLowerCase() === groupId.toLowerCase());
  if (!group) return undefined;
  return group.memberIds.flatMap((id) => {
    const user = tenant.users.find((u) => u.id === id);
    return user ? [{ '@odata.type': '#microsoft.graph.user', ...userView(user) }] : [];
  });
}
