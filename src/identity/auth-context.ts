// The session's AuthContext (Microsoft.Graph.PowerShell.Authentication.AuthContext): made from the parameters before
// sign-in as reference/entra.md §1.4 says, then overwritten from the token's claims as §3.2 says.
import type { TokenClaims } from './jwt';

export type AuthenticationType = 'Delegated' | 'AppOnly' | 'UserProvidedAccessToken' | 'ManagedIdentity' | 'EnvironmentVariable';
export type TokenCredentialType =
  | 'InteractiveBrowser'
  | 'DeviceCode'
  | 'ClientCertificate'
  | 'UserProvidedAccessToken'
  | 'ManagedIdentity'
  | 'ClientSecret'
  | 'EnvironmentVariable';
export type ContextScope = 'Process' | 'CurrentUser';

/** Properties in declaration order (AuthContext.cs), which is the order Format-List shows. Objects the engine owns
 * (the X509Certificate2, the SecureString, the host's Version) are carried through untouched. */
export interface AuthContext {
  ClientId: string;
  TenantId: string | null;
  Scopes: string[] | null;
  AuthType: AuthenticationType;
  TokenCredentialType: TokenCredentialType;
  CertificateThumbprint: string | null;
  CertificateSubjectName: string | null;
  SendCertificateChain: boolean;
  Account: string | null;
  AppName: string | null;
  ContextScope: ContextScope;
  Certificate: unknown;
  PSHostVersion: unknown;
  ManagedIdentityId: string | null;
  ClientSecret: unknown;
  Environment: string | null;
}

export const AUTH_CONTEXT_PROPERTIES: ReadonlyArray<keyof AuthContext> = [
  'ClientId', 'TenantId', 'Scopes', 'AuthType', 'TokenCredentialType', 'CertificateThumbprint', 'CertificateSubjectName',
  'SendCertificateChain', 'Account', 'AppName', 'ContextScope', 'Certificate', 'PSHostVersion', 'ManagedIdentityId',
  'ClientSecret', 'Environment',
];

/** AuthContext.cs: the client id of "Microsoft Graph Command Line Tools", used until a token says otherwise. */
export const DEFAULT_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
/** Authentication.Core Constants: DefaultMsiIdPrefix + DefaultMsiPort, the id of a system-assigned identity. */
export const SYSTEM_ASSIGNED_MANAGED_IDENTITY_ID = 'MSI@50342';

export function newAuthContext(fields: Partial<AuthContext> & Pick<AuthContext, 'AuthType' | 'TokenCredentialType'>): AuthContext {
  return {
    ClientId: fields.ClientId ?? DEFAULT_CLIENT_ID,
    TenantId: fields.TenantId ?? null,
    Scopes: fields.Scopes ?? null,
    AuthType: fields.AuthType,
    TokenCredentialType: fields.TokenCredentialType,
    CertificateThumbprint: fields.CertificateThumbprint ?? null,
    CertificateSubjectName: fields.CertificateSubjectName ?? null,
    SendCertificateChain: fields.SendCertificateChain ?? false,
    Account: fields.Account ?? null,
    AppName: fields.AppName ?? null,
    ContextScope: fields.ContextScope ?? 'Process',
    Certificate: fields.Certificate ?? null,
    PSHostVersion: fields.PSHostVersion ?? null,
    ManagedIdentityId: fields.ManagedIdentityId ?? null,
    ClientSecret: fields.ClientSecret ?? null,
    Environment: fields.Environment ?? null,
  };
}

/** JwtHelpers.DecodeJWT: the token's claims overwrite the context in place. */
export function fillFromClaims(context: AuthContext, claims: TokenClaims | undefined): void {
  context.ClientId = claims?.appid ?? context.ClientId;
  context.Scopes = claims?.scp?.split(' ') ?? claims?.roles ?? null;
  context.TenantId = claims?.tid ?? null;
  context.AppName = claims?.app_displayname ?? null;
  context.Account = claims?.upn ?? null;
}
