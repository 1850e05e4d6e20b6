// Turns Connect-MgGraph's parameters and the resolved environment into what msal-node needs: the certificate found
// and its key, the secret, or the managed-identity endpoint. Runs on the engine's thread (the stores are read
// synchronously); the result crosses the bridge to the I/O worker.
import type { ConnectParameters } from './connect-parameters';
import { IdentityError } from './identity-error';
import { messages } from './messages';
import { environmentTransport, type ResolvedEnvironment } from './resolved-environment';
import type { ConfidentialSignIn, SignInRequest } from './sign-in-request';
import { type CertificateSource, type SignInMaterial, signingMaterial } from './signing-certificate';

export interface RequestDeps {
  certificates: CertificateSource;
  env: NodeJS.ProcessEnv;
}

function tenantRequired(tenantId: string | undefined): string {
  // Azure.Identity's constructors refuse a null tenant with .NET's ArgumentNullException text.
  if (!tenantId) throw new IdentityError('System.ArgumentNullException', "Value cannot be null. (Parameter 'tenantId')");
  return tenantId;
}

function confidential(environment: ResolvedEnvironment, clientId: string, tenantId: string): Omit<ConfidentialSignIn, 'kind' | 'credentialName'> {
  return {
    authority: `${environment.azureADEndpoint}/${tenantId}`,
    knownAuthorities: environment.knownAuthorities,
    clientId,
    scopes: [`${environment.graphEndpoint}/.default`],
    transport: environmentTransport(environment),
  };
}

function certificateRequest(
  environment: ResolvedEnvironment,
  clientId: string,
  tenantId: string,
  material: SignInMaterial,
  sendChain: boolean,
): ConfidentialSignIn {
  return {
    kind: 'ClientCertificate',
    credentialName: 'ClientCertificateCredential',
    ...confidential(environment, clientId, tenantId),
    certificate: {
      privateKey: material.privateKeyPem,
      thumbprintSha256: material.thumbprintSha256,
      ...(sendChain ? { x5c: material.certificatePem } : {}),
    },
  };
}

function secretRequest(environment: ResolvedEnvironment, clientId: string, tenantId: string, secret: string): ConfidentialSignIn {
  return { kind: 'ClientSecret', credentialName: 'ClientSecretCredential', ...confidential(environment, clientId, tenantId), clientSecret: secret };
}

/** EnvironmentCredential: a secret or a certificate file named by AZURE_* variables. */
function environmentVariableRequest(environment: ResolvedEnvironment, deps: RequestDeps): SignInRequest {
  const { AZURE_CLIENT_ID: clientId, AZURE_TENANT_ID: tenantId, AZURE_CLIENT_SECRET: secret } = deps.env;
  const certificatePath = deps.env.AZURE_CLIENT_CERTIFICATE_PATH;
  if (clientId && tenantId && secret) return secretRequest(environment, clientId, tenantId, secret);
  if (clientId && tenantId && certificatePath) {
    const certificate = deps.certificates.fromFile(certificatePath, deps.env.AZURE_CLIENT_CERTIFICATE_PASSWORD);
    return certificateRequest(environment, clientId, tenantId, signingMaterial(deps.certificates, { certificate }), false);
  }
  throw new IdentityError('Azure.Identity.CredentialUnavailableException', messages.environmentCredentialUnavailable);
}

/** The sign-in request for every parameter set msal-node signs in for (not AccessToken, not delegated). */
export function signInRequestFor(parameters: ConnectParameters, environment: ResolvedEnvironment, deps: RequestDeps): SignInRequest {
  switch (parameters.parameterSetName) {
    case 'AppCertificateParameterSet': {
      const tenantId = tenantRequired(parameters.TenantId);
      const material = signingMaterial(deps.certificates, {
        subjectName: parameters.CertificateSubjectName,
        thumbprint: parameters.CertificateThumbprint,
        certificate: parameters.Certificate,
      });
      return certificateRequest(environment, parameters.ClientId!, tenantId, material, parameters.SendCertificateChain ?? false);
    }
    case 'AppSecretCredentialParameterSet': {
      const credential = parameters.ClientSecretCredential;
      return secretRequest(environment, credential?.userName ?? '', tenantRequired(parameters.TenantId), credential?.password ?? '');
    }
    case 'IdentityParameterSet':
      return {
        kind: 'ManagedIdentity',
        resource: environment.graphEndpoint,
        userAssignedClientId: parameters.ClientId || undefined,
        endpoint: environment.managedIdentity && { url: environment.managedIdentity.url, header: environment.managedIdentity.header },
        ca: environment.managedIdentity?.ca,
      };
    case 'EnvironmentVariableParameterSet':
      return environmentVariableRequest(environment, deps);
    default:
      throw new IdentityError('System.PlatformNotSupportedException', messages.platformNotSupported);
  }
}
