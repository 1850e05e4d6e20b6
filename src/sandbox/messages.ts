// Every text the sandbox sends or prints, in one catalog. Entra's and Graph's texts are copied from the sources cited
// beside them (reference/entra.md §4 first, then real captures found with the search tool); never spelled inline.

/** An Entra token-endpoint failure: the OAuth `error`, the AADSTS code(s) and the text after `AADSTSnnnn: `. */
export interface EntraFailure {
  error: string;
  codes: number[];
  text: string;
}

const failure = (error: string, code: number, text: string): EntraFailure => ({ error, codes: [code], text });

export const entra = {
  // reference/entra.md §4.2 (current wording).
  tenantNotFound: (tenant: string) =>
    failure('invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`),
  // OIDC discovery answers the same text under `invalid_tenant` (captured in Azure/azure-cli#22145 and
  // microsoftgraph/windowsupdates-webapplication-sample#6).
  tenantNotFoundAtDiscovery: (tenant: string): EntraFailure => ({ ...entra.tenantNotFound(tenant), error: 'invalid_tenant' }),
  // reference/entra.md §4.2; error code unauthorized_client per the same section.
  applicationNotFound: (appId: string, tenantDisplayName: string) =>
    failure('unauthorized_client', 700016, `Application with identifier '${appId}' was not found in the directory '${tenantDisplayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`),
  // reference/entra.md §4.2.
  invalidSecret: (appId: string) =>
    failure('invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`),
  // Captured from Entra in dotnet/sign#849 (2025) and spencerwooo/onedrive-vercel-index#1051 (2023).
  expiredSecret: (appId: string) =>
    failure('invalid_client', 7000222, `The provided client secret keys for app '${appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`),
  // reference/entra.md §4.2 (current wording of 700027).
  certificateNotRegistered: (thumbprint: string, appId: string) =>
    failure('invalid_client', 700027, `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${appId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?view=graph-rest-1.0&tabs=http to build a query request URL, such as 'https://graph.microsoft.com/beta/applications/${appId}'].`),
  // The older 700027 opening (reference/entra.md §4.2) with the signature reason Entra gives for a key that is
  // registered but did not make the signature (captured in MicrosoftDocs/azure-docs#35448, AADSTS900384).
  invalidSignature: (thumbprint: string, keyStart: string, keyEnd: string) =>
    failure('invalid_client', 700027, `Client assertion contains an invalid signature. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '${thumbprint}', Found key 'Start=${keyStart}, End=${keyEnd}']`),
  // Captured in AzureAD/microsoft-authentication-library-for-java#984 (2025): invalid_client.
  assertionOutsideTimeRange: (now: string, validFrom: string, expiry: string) =>
    failure('invalid_client', 700024, `Client assertion is not within its valid time range. Current time: ${now}, assertion valid from ${validFrom}, expiry time of assertion ${expiry}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`),
  // Captured in FriedrichWeinmann/MiniGraph#4: invalid_request.
  malformedJwt: () => failure('invalid_request', 50027, 'JWT token is invalid or malformed.'),
  // Captured in MicrosoftDocs/azure-docs#43780: invalid_request.
  missingParameter: (name: string) =>
    failure('invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`),
  // Captured in haystackeditor/haystack-editor#41 (2024): invalid_client.
  missingCredential: () =>
    failure('invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."),
  // Captured in MicrosoftDocs/azure-docs#99862 and databricks/databricks-sql-nodejs#226 (error invalid_scope).
  scopeNotDefault: (scope: string) =>
    failure('invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`),
  // Captured in AzureAD/microsoft-authentication-library-for-dotnet#3023.
  unsupportedGrantType: (grantType: string) =>
    failure('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`),
  // Captured in AzureAD/azure-activedirectory-library-for-python#79: Entra answers a wrong assertion `aud` with both codes.
  assertionAudienceMismatch: (): EntraFailure => ({
    error: 'invalid_client',
    codes: [70002, 50012],
    text: 'Error validating credentials. AADSTS50012: Client assertion audience claim does not match Realm issuer.',
  }),
};

export const graph = {
  // Graph's texts, captured in microsoftgraph/microsoft-graph-docs#16208, msgraph-sample-reactspa#54,
  // microsoft-graph-docs-contrib#6431, microsoft-graph-docs#3044, s1t5/mail-archiver#267, azurekid/ScEntra#17,
  // msgraph-training-dotnet#31 and the issue's own wording for Authorization_RequestDenied.
  insufficientPrivileges: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
  tokenEmpty: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
  tokenMalformed: { code: 'InvalidAuthenticationToken', message: 'CompactToken parsing failed with error code: 80049217' },
  tokenInvalidAudience: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure. Invalid audience.' },
  tokenExpired: { code: 'InvalidAuthenticationToken', message: 'Lifetime validation failed, the token is expired.' },
  tokenInvalid: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
  resourceNotFound: (id: string) => ({
    code: 'Request_ResourceNotFound',
    message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  }),
  invalidFilter: { code: 'BadRequest', message: 'Invalid filter clause' },
  // A body or key Graph cannot use: Graph's code with the HTTP reason phrase (no Graph text was captured for these).
  badRequest: { code: 'BadRequest', message: 'Bad Request' },
  // Captured in microsoftgraph/msgraph-sdk-php#1163 and pnp/pnpcore#905: every sandbox token is app-only.
  meNeedsDelegated: { code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' },
  // Graph's answer for a path segment it does not know (OData routing).
  segmentNotFound: (segment: string) => ({ code: 'BadRequest', message: `Resource not found for the segment '${segment}'.` }),
  // OData's texts (Microsoft.OData.Core, which Graph answers with) for a name the type does not have.
  propertyNotFound: (name: string, typeName: string) => ({ code: 'BadRequest', message: `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.` }),
  bodyPropertyNotFound: (name: string, typeName: string) => ({
    code: 'BadRequest',
    message: `The property '${name}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  }),
  // Directory texts captured in MicrosoftDocs/entra-docs (custom security attributes troubleshooting) and
  // AzureAD/GraphAPI issues: a property $filter does not support.
  unsupportedFilterProperty: (name: string, resourceName: string) => ({
    code: 'Request_UnsupportedQuery',
    message: `Unsupported or invalid query filter clause specified for property '${name}' of resource '${resourceName}'.`,
  }),
  // Graph's advanced-query texts (learn.microsoft.com graph/aad-advanced-queries; microsoftgraph/msgraph-sdk-* issues).
  endsWithNeedsEventual: {
    code: 'Request_UnsupportedQuery',
    message: "Operator 'endsWith' is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
  },
  searchNeedsEventual: {
    code: 'Request_UnsupportedQuery',
    message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
  },
  // Directory write failures (captured in many client projects that match on them, e.g. the $ref texts in
  // microsoftgraph SDK issues and Graph's own troubleshooting pages).
  // Graph's answer for a user principal name outside the tenant's verified domains (user-post-users troubleshooting).
  upnDomainInvalid: {
    code: 'Request_BadRequest',
    message: 'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.',
  },
  invalidValues: { code: 'Request_BadRequest', message: 'One or more properties contains invalid values.' },
  duplicateValue: (property: string) => ({ code: 'Request_BadRequest', message: `Another object with the same value for property ${property} already exists.` }),
  referenceExists: (navigation: string) => ({ code: 'Request_BadRequest', message: `One or more added object references already exist for the following modified properties: '${navigation}'.` }),
  referenceMissing: (navigation: string) => ({ code: 'Request_BadRequest', message: `One or more removed object references do not exist for the following modified properties: '${navigation}'.` }),
  countNeedsEventual: {
    code: 'Request_UnsupportedQuery',
    message: "Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information",
  },
};

export const managedIdentity = {
  // App Service's answer when the requested identity is not assigned (captured in Azure/azure-sdk-for-net#43691).
  notAssigned: 'Unable to load the proper Managed Identity.',
  // No App Service text was captured for these: the HTTP reason phrases stand in.
  unauthorized: 'Unauthorized',
  badRequest: 'Bad Request',
};

/** Plain-text bodies for answers that come before any service logic: the HTTP reason phrases. */
export const httpReason = {
  badRequest: 'Bad Request',
  payloadTooLarge: 'Payload Too Large',
  requestTimeout: 'Request Timeout',
  headersTooLarge: 'Request Header Fields Too Large',
};

// The standalone server's own lines (no pwsh or Entra counterpart exists).
export const cli = {
  ready: 'psnode sandbox ready',
  nonLoopbackHost: (host: string) =>
    `WARNING: the sandbox listens on '${host}', which is not loopback; anyone who can reach it can get tokens for the demo tenant.`,
  corruptState: (file: string, movedTo: string) =>
    `WARNING: the sandbox state file '${file}' could not be read; it was moved to '${movedTo}' and the demo tenant was seeded again.`,
  usage:
    'Usage: psnode-sandbox [--port <n>] [--host <address>] [--location <folder>] [--in-memory] [--debug <file>]',
  badOption: (option: string) => `psnode-sandbox: unknown or incomplete option '${option}'.`,
  startFailed: (reason: string) => `psnode-sandbox: cannot start: ${reason}`,
};
