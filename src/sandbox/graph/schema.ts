// The Graph v1.0 entity types the sandbox serves, declared as data: each type's properties in Graph's order with the
// value a new object has, what Graph returns without $select, which properties $filter refuses, the permissions each
// operation needs, what a create requires, whether a delete is soft, and the navigation properties with where their
// ids are kept. graph-server.ts and entities.ts run every route from these declarations.
import type { DirectoryRecord, Tenant } from '../model';

export type GraphObject = Record<string, unknown>;

/** Where a navigation property's ids come from. */
export type NavigationSource =
  /** Kept on this record, in this field (an array, or one id for a single-valued navigation). */
  | { field: 'memberIds' | 'ownerIds' | 'managerId' }
  /** The records of another set whose field holds this record's id (memberOf is the inverse of members). */
  | { inverseOf: { entitySet: string; field: 'memberIds' | 'ownerIds' | 'managerId' } }
  /** Everything reachable by following another navigation of the same name on each object found. */
  | { transitive: string };

export interface NavigationProperty {
  source: NavigationSource;
  /** The entity sets its objects may come from. */
  targets: string[];
  /** One object (manager) rather than a collection. */
  single?: boolean;
  readRoles: string[];
  /** Present when `$ref` may add and remove objects. */
  writeRoles?: string[];
}

export interface EntityType {
  /** The OData type name without the namespace ('user'). */
  typeName: string;
  /** Graph's resource name in error texts ('User'). */
  resourceName: string;
  entitySet: string;
  records(tenant: Tenant): DirectoryRecord[];
  /** Every property in Graph's order, with the value a new object gets. */
  properties: Record<string, unknown>;
  /** What Graph returns without $select; every property when absent. */
  defaultSelect?: string[];
  /** Properties $filter refuses (Request_UnsupportedQuery). */
  unfilterable: string[];
  /** Properties a client cannot set. */
  readOnly: string[];
  /** Properties a create must have. */
  required: string[];
  /** Properties that must be unique in the tenant (userPrincipalName). */
  unique: string[];
  /** Besides the id, a property a single object may be addressed by (users/{userPrincipalName}). */
  alternateKey?: string;
  readRoles: string[];
  writeRoles: string[];
  /** Soft delete (restorable from directory/deletedItems) for this record. */
  softDelete(record: DirectoryRecord): boolean;
  navigations: Record<string, NavigationProperty>;
}

// Application permissions, as Graph's permission tables list them per operation.
const DIRECTORY_READ = ['Directory.Read.All', 'Directory.ReadWrite.All'];
const DIRECTORY_WRITE = ['Directory.ReadWrite.All'];
export const USER_READ = ['User.Read.All', 'User.ReadWrite.All', 'User.ReadBasic.All', ...DIRECTORY_READ];
export const USER_WRITE = ['User.ReadWrite.All', ...DIRECTORY_WRITE];
export const GROUP_READ = ['Group.Read.All', 'Group.ReadWrite.All', ...DIRECTORY_READ];
export const GROUP_WRITE = ['Group.ReadWrite.All', ...DIRECTORY_WRITE];
export const GROUP_MEMBER_READ = ['GroupMember.Read.All', 'GroupMember.ReadWrite.All', ...GROUP_READ];
export const GROUP_MEMBER_WRITE = ['GroupMember.ReadWrite.All', ...GROUP_WRITE];
export const APPLICATION_WRITE = ['Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', ...DIRECTORY_WRITE];
export const APPLICATION_READ = ['Application.Read.All', ...APPLICATION_WRITE, ...DIRECTORY_READ];
const ORGANIZATION_READ = ['Organization.Read.All', 'Organization.ReadWrite.All', ...DIRECTORY_READ];

/** Property names with null as the new object's value, then the ones given. */
function withNulls(names: string, given: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(names.trim().split(/\s+/).map((name) => [name, name in given ? given[name] : null]));
}

const DIRECTORY_OBJECT_SETS = ['users', 'groups', 'servicePrincipals', 'applications'];

const USER_PROPERTIES = withNulls(`
  id deletedDateTime accountEnabled ageGroup assignedLicenses assignedPlans authorizationInfo businessPhones city
  companyName consentProvidedForMinor country createdDateTime creationType department displayName employeeHireDate
  employeeId employeeLeaveDateTime employeeOrgData employeeType externalUserState externalUserStateChangeDateTime
  faxNumber givenName identities imAddresses isResourceAccount jobTitle lastPasswordChangeDateTime
  legalAgeGroupClassification licenseAssignmentStates mail mailNickname mobilePhone officeLocation
  onPremisesDistinguishedName onPremisesDomainName onPremisesExtensionAttributes onPremisesImmutableId
  onPremisesLastSyncDateTime onPremisesProvisioningErrors onPremisesSamAccountName onPremisesSecurityIdentifier
  onPremisesSyncEnabled onPremisesUserPrincipalName otherMails passwordPolicies passwordProfile postalCode
  preferredDataLocation preferredLanguage provisionedPlans proxyAddresses refreshTokensValidFromDateTime
  securityIdentifier serviceProvisioningErrors showInAddressList signInSessionsValidFromDateTime state streetAddress
  surname usageLocation userPrincipalName userType`, {
  accountEnabled: true,
  assignedLicenses: [],
  assignedPlans: [],
  authorizationInfo: { certificateUserIds: [] },
  businessPhones: [],
  identities: [],
  imAddresses: [],
  licenseAssignmentStates: [],
  onPremisesExtensionAttributes: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null])),
  onPremisesProvisioningErrors: [],
  otherMails: [],
  provisionedPlans: [],
  proxyAddresses: [],
  serviceProvisioningErrors: [],
  userType: 'Member',
  creationType: null,
});

const GROUP_PROPERTIES = withNulls(`
  id deletedDateTime classification createdDateTime creationOptions description displayName expirationDateTime
  groupTypes isAssignableToRole mail mailEnabled mailNickname membershipRule membershipRuleProcessingState
  onPremisesDomainName onPremisesLastSyncDateTime onPremisesNetBiosName onPremisesProvisioningErrors
  onPremisesSamAccountName onPremisesSecurityIdentifier onPremisesSyncEnabled preferredDataLocation preferredLanguage
  proxyAddresses renewedDateTime resourceBehaviorOptions resourceProvisioningOptions securityEnabled securityIdentifier
  serviceProvisioningErrors theme uniqueName visibility`, {
  creationOptions: [],
  groupTypes: [],
  onPremisesProvisioningErrors: [],
  proxyAddresses: [],
  resourceBehaviorOptions: [],
  resourceProvisioningOptions: [],
  serviceProvisioningErrors: [],
});

const APPLICATION_PROPERTIES = withNulls(`
  id deletedDateTime addIns api appId applicationTemplateId appRoles certification createdDateTime defaultRedirectUri
  description disabledByMicrosoftStatus displayName groupMembershipClaims identifierUris info isDeviceOnlyAuthSupported
  isFallbackPublicClient keyCredentials nativeAuthenticationApisEnabled notes oauth2RequirePostResponseTypes
  optionalClaims parentalControlSettings passwordCredentials publicClient publisherDomain requestSignatureVerification
  requiredResourceAccess samlMetadataUrl serviceManagementReference servicePrincipalLockConfiguration signInAudience
  spa tags tokenEncryptionKeyId uniqueName verifiedPublisher web`, {
  addIns: [],
  api: { acceptMappedClaims: null, knownClientApplications: [], requestedAccessTokenVersion: null, oauth2PermissionScopes: [], preAuthorizedApplications: [] },
  appRoles: [],
  identifierUris: [],
  info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
  keyCredentials: [],
  oauth2RequirePostResponseTypes: false,
  parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
  passwordCredentials: [],
  publicClient: { redirectUris: [] },
  requiredResourceAccess: [],
  signInAudience: 'AzureADMyOrg',
  spa: { redirectUris: [] },
  tags: [],
  verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
  web: { homePageUrl: null, logoutUrl: null, redirectUris: [], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false }, redirectUriSettings: [] },
});

const SERVICE_PRINCIPAL_PROPERTIES = withNulls(`
  id deletedDateTime accountEnabled addIns alternativeNames appDescription appDisplayName appId applicationTemplateId
  appOwnerOrganizationId appRoleAssignmentRequired appRoles description disabledByMicrosoftStatus displayName homepage
  info keyCredentials loginUrl logoutUrl notes notificationEmailAddresses oauth2PermissionScopes passwordCredentials
  preferredSingleSignOnMode preferredTokenSigningKeyThumbprint replyUrls resourceSpecificApplicationPermissions
  samlSingleSignOnSettings servicePrincipalNames servicePrincipalType signInAudience tags tokenEncryptionKeyId
  verifiedPublisher`, {
  accountEnabled: true,
  addIns: [],
  alternativeNames: [],
  appRoleAssignmentRequired: false,
  appRoles: [],
  info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
  keyCredentials: [],
  notificationEmailAddresses: [],
  oauth2PermissionScopes: [],
  passwordCredentials: [],
  replyUrls: [],
  resourceSpecificApplicationPermissions: [],
  servicePrincipalNames: [],
  signInAudience: 'AzureADMyOrg',
  tags: [],
  verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
});

const ORGANIZATION_PROPERTIES = withNulls(`
  id deletedDateTime businessPhones city country countryLetterCode createdDateTime displayName marketingNotificationEmails
  onPremisesLastSyncDateTime onPremisesSyncEnabled postalCode preferredLanguage state street tenantType verifiedDomains`, {
  businessPhones: [],
  marketingNotificationEmails: [],
  verifiedDomains: [],
});

// What users, groups and service principals share: the groups they are in and the objects they own.
const memberNavigations = (readRoles: string[]): Record<string, NavigationProperty> => ({
  memberOf: { source: { inverseOf: { entitySet: 'groups', field: 'memberIds' } }, targets: ['groups'], readRoles },
  transitiveMemberOf: { source: { transitive: 'memberOf' }, targets: ['groups'], readRoles },
  ownedObjects: { source: { inverseOf: { entitySet: '*', field: 'ownerIds' } }, targets: DIRECTORY_OBJECT_SETS, readRoles },
});

export const ENTITY_TYPES: EntityType[] = [
  {
    typeName: 'user',
    resourceName: 'User',
    entitySet: 'users',
    records: (t) => t.users,
    properties: USER_PROPERTIES,
    // Graph's default user properties (user-list: "returns a default set of properties").
    defaultSelect: ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'],
    unfilterable: ['passwordProfile', 'authorizationInfo', 'licenseAssignmentStates', 'provisionedPlans', 'serviceProvisioningErrors', 'employeeOrgData'],
    readOnly: ['id', 'createdDateTime', 'deletedDateTime', 'assignedPlans', 'provisionedPlans', 'licenseAssignmentStates', 'securityIdentifier', 'creationType', 'externalUserState', 'externalUserStateChangeDateTime', 'lastPasswordChangeDateTime', 'onPremisesSyncEnabled', 'onPremisesLastSyncDateTime', 'refreshTokensValidFromDateTime', 'signInSessionsValidFromDateTime', 'serviceProvisioningErrors', 'onPremisesProvisioningErrors'],
    required: ['accountEnabled', 'displayName', 'mailNickname', 'passwordProfile', 'userPrincipalName'],
    unique: ['userPrincipalName'],
    alternateKey: 'userPrincipalName',
    readRoles: USER_READ,
    writeRoles: USER_WRITE,
    softDelete: () => true,
    navigations: {
      ...memberNavigations(USER_READ),
      manager: { source: { field: 'managerId' }, targets: ['users'], single: true, readRoles: USER_READ, writeRoles: USER_WRITE },
      directReports: { source: { inverseOf: { entitySet: 'users', field: 'managerId' } }, targets: ['users'], readRoles: USER_READ },
      createdObjects: { source: { inverseOf: { entitySet: '*', field: 'ownerIds' } }, targets: DIRECTORY_OBJECT_SETS, readRoles: USER_READ },
    },
  },
  {
    typeName: 'group',
    resourceName: 'Group',
    entitySet: 'groups',
    records: (t) => t.groups,
    properties: GROUP_PROPERTIES,
    unfilterable: ['onPremisesProvisioningErrors', 'serviceProvisioningErrors', 'membershipRuleProcessingState'],
    readOnly: ['id', 'createdDateTime', 'deletedDateTime', 'mail', 'onPremisesSyncEnabled', 'onPremisesLastSyncDateTime', 'renewedDateTime', 'securityIdentifier', 'expirationDateTime', 'proxyAddresses'],
    required: ['displayName', 'mailEnabled', 'mailNickname', 'securityEnabled'],
    unique: [],
    readRoles: GROUP_READ,
    writeRoles: GROUP_WRITE,
    // Only Microsoft 365 groups go to deleted items; security groups are deleted for good.
    softDelete: (record) => ((record as { groupTypes?: string[] }).groupTypes ?? []).includes('Unified'),
    navigations: {
      ...memberNavigations(GROUP_MEMBER_READ),
      members: { source: { field: 'memberIds' }, targets: ['users', 'groups', 'servicePrincipals'], readRoles: GROUP_MEMBER_READ, writeRoles: GROUP_MEMBER_WRITE },
      owners: { source: { field: 'ownerIds' }, targets: ['users', 'servicePrincipals'], readRoles: GROUP_MEMBER_READ, writeRoles: GROUP_MEMBER_WRITE },
      transitiveMembers: { source: { transitive: 'members' }, targets: ['users', 'groups', 'servicePrincipals'], readRoles: GROUP_MEMBER_READ },
    },
  },
  {
    typeName: 'application',
    resourceName: 'Application',
    entitySet: 'applications',
    records: (t) => t.applications,
    properties: APPLICATION_PROPERTIES,
    unfilterable: ['api', 'info', 'web', 'spa', 'publicClient', 'optionalClaims', 'parentalControlSettings', 'verifiedPublisher', 'requiredResourceAccess', 'addIns', 'certification', 'servicePrincipalLockConfiguration', 'requestSignatureVerification'],
    readOnly: ['id', 'appId', 'createdDateTime', 'deletedDateTime', 'publisherDomain', 'keyCredentials', 'passwordCredentials', 'disabledByMicrosoftStatus', 'certification', 'verifiedPublisher'],
    required: ['displayName'],
    unique: [],
    readRoles: APPLICATION_READ,
    writeRoles: APPLICATION_WRITE,
    softDelete: () => true,
    navigations: {
      owners: { source: { field: 'ownerIds' }, targets: ['users', 'servicePrincipals'], readRoles: APPLICATION_READ, writeRoles: APPLICATION_WRITE },
    },
  },
  {
    typeName: 'servicePrincipal',
    resourceName: 'ServicePrincipal',
    entitySet: 'servicePrincipals',
    records: (t) => t.servicePrincipals,
    properties: SERVICE_PRINCIPAL_PROPERTIES,
    unfilterable: ['info', 'samlSingleSignOnSettings', 'verifiedPublisher', 'addIns', 'resourceSpecificApplicationPermissions'],
    readOnly: ['id', 'createdDateTime', 'deletedDateTime', 'appDisplayName', 'appOwnerOrganizationId', 'keyCredentials', 'passwordCredentials', 'servicePrincipalType', 'signInAudience', 'verifiedPublisher'],
    required: ['appId'],
    unique: ['appId'],
    readRoles: APPLICATION_READ,
    writeRoles: APPLICATION_WRITE,
    softDelete: () => true,
    navigations: {
      ...memberNavigations(APPLICATION_READ),
      owners: { source: { field: 'ownerIds' }, targets: ['users', 'servicePrincipals'], readRoles: APPLICATION_READ, writeRoles: APPLICATION_WRITE },
      createdObjects: { source: { inverseOf: { entitySet: '*', field: 'ownerIds' } }, targets: DIRECTORY_OBJECT_SETS, readRoles: APPLICATION_READ },
    },
  },
  {
    typeName: 'organization',
    resourceName: 'Organization',
    entitySet: 'organization',
    records: (t) => [t],
    properties: ORGANIZATION_PROPERTIES,
    unfilterable: [],
    readOnly: Object.keys(ORGANIZATION_PROPERTIES),
    required: [],
    unique: [],
    readRoles: ORGANIZATION_READ,
    writeRoles: [],
    softDelete: () => false,
    navigations: {},
  },
];

const BY_SET = new Map(ENTITY_TYPES.map((type) => [type.entitySet.toLowerCase(), type]));
const BY_TYPE_NAME = new Map(ENTITY_TYPES.map((type) => [type.typeName.toLowerCase(), type]));

/** The entity type of a set name (Graph's segments are case-insensitive). */
export function entitySet(name: string): EntityType | undefined {
  return BY_SET.get(name.toLowerCase());
}

/** `microsoft.graph.user` or `graph.user` (the namespace's alias) as an entity type. */
export function castType(segment: string): EntityType | undefined {
  const match = /^(?:microsoft\.)?graph\.(\w+)$/i.exec(segment);
  return match ? BY_TYPE_NAME.get(match[1].toLowerCase()) : undefined;
}
