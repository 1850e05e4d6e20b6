// The AuthContext each parameter set starts from, before sign-in (reference/entra.md §1.4).
import {
  type AuthContext,
  newAuthContext,
  SYSTEM_ASSIGNED_MANAGED_IDENTITY_ID,
} from './auth-context';
import type { ConnectParameters } from './connect-parameters';

export function contextFor(parameters: ConnectParameters, environmentName: string): AuthContext {
  const common = { TenantId: parameters.TenantId, PSHostVersion: parameters.PSHostVersion, Environment: environmentName };
  const scope = parameters.ContextScope ?? 'Process';
  switch (parameters.parameterSetName) {
    case 'AppCertificateParameterSet':
      return newAuthContext({
        ...common,
        AuthType: 'AppOnly',
        TokenCredentialType: 'ClientCertificate',
        ContextScope: scope,
        ClientId: parameters.ClientId,
        CertificateThumbprint: parameters.CertificateThumbprint,
        CertificateSubjectName: parameters.CertificateSubjectName,
        SendCertificateChain: parameters.SendCertificateChain ?? false,
        Certificate: parameters.Certificate,
      });
    case 'AppSecretCredentialParameterSet':
      return newAuthContext({
        ...common,
        AuthType: 'AppOnly',
        TokenCredentialType: 'ClientSecret',
        ContextScope: scope,
        ClientId: parameters.ClientSecretCredential?.userName,
        ClientSecret: parameters.ClientSecretCredential?.secureString,
      });
    case 'IdentityParameterSet':
      return newAuthContext({
        ...common,
        AuthType: 'ManagedIdentity',
        TokenCredentialType: 'ManagedIdentity',
        ContextScope: scope,
        ManagedIdentityId: parameters.ClientId || SYSTEM_ASSIGNED_MANAGED_IDENTITY_ID,
      });
    case 'EnvironmentVariableParameterSet':
      return newAuthContext({ ...common, AuthType: 'EnvironmentVariable', TokenCredentialType: 'EnvironmentVariable', ContextScope: scope });
    case 'AccessTokenParameterSet':
      return newAuthContext({ ...common, AuthType: 'UserProvidedAccessToken', TokenCredentialType: 'UserProvidedAccessToken', ContextScope: 'Process' });
    case 'UserParameterSet':
      return newAuthContext({
        ...common,
        AuthType: 'Delegated',
        TokenCredentialType: parameters.UseDeviceCode ? 'DeviceCode' : 'InteractiveBrowser',
        ContextScope: parameters.ContextScope ?? 'CurrentUser',
        ClientId: parameters.ClientId || undefined,
        Scopes: parameters.Scopes?.length ? parameters.Scopes : ['User.Read'],
      });
  }
}
