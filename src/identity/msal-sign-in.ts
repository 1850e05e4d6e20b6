// Sign-in with @azure/msal-node (reference/msal.md), run inside the I/O worker. msal-node is required here, lazily,
// so a process that never signs in never loads it. Failures become the texts Azure.Identity and MSAL.NET show.
import crypto from 'node:crypto';
import type { ConfidentialClientApplication, INetworkModule } from '@azure/msal-node';
import { IdentityError } from './identity-error';
import { format, messages } from './messages';
import { msalNetworkClient } from './network-client';
import type { ConfidentialSignIn, ManagedIdentitySignIn, SignInRequest, TokenResult } from './sign-in-request';

type Msal = typeof import('@azure/msal-node');

export interface SignInDeps {
  msal: Msal;
  /** Replaces the network client msal-node would use (tests record the requests of the public clouds with it). */
  networkClient?: INetworkModule;
}

/** msal-node, loaded on first use (a sign-in, or the sandbox starting for one). */
export function loadMsal(): Msal {
  return require('@azure/msal-node') as Msal;
}

// One application per credential, kept for the process: msal-node's token cache lives in the instance.
const confidentialApps = new Map<string, ConfidentialClientApplication>();

function applicationKey(request: ConfidentialSignIn): string {
  const { certificate } = request;
  const secret = certificate ? `${certificate.thumbprintSha256}|${certificate.thumbprint}|${certificate.x5c ?? ''}` : request.clientSecret ?? '';
  const digest = crypto.createHash('sha256').update(secret).digest('hex');
  return [request.authority.toLowerCase(), request.clientId, request.kind, digest, request.transport.ca ? 'ca' : ''].join('|');
}

function confidentialApp(request: ConfidentialSignIn, deps: SignInDeps): ConfidentialClientApplication {
  const key = applicationKey(request);
  const cached = deps.networkClient ? undefined : confidentialApps.get(key);
  if (cached) return cached;
  const networkClient = deps.networkClient ?? msalNetworkClient(request.transport);
  const app = new deps.msal.ConfidentialClientApplication({
    auth: {
      clientId: request.clientId,
      authority: request.authority,
      ...(request.knownAuthorities ? { knownAuthorities: request.knownAuthorities, authorityMetadata: entraAuthorityMetadata(request.authority) } : {}),
      ...(request.certificate ? { clientCertificate: request.certificate } : { clientSecret: request.clientSecret }),
    },
    system: { networkClient },
  });
  if (!deps.networkClient) confidentialApps.set(key, app);
  return app;
}

/** Entra's v2.0 endpoint layout under an authority. msal-node knows it for the public clouds; giving it for the
 * others too makes every environment cost one token POST, with no discovery request first. */
function entraAuthorityMetadata(authority: string): string {
  return JSON.stringify({
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    issuer: `${authority}/v2.0`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
  });
}

async function signInConfidential(request: ConfidentialSignIn, deps: SignInDeps): Promise<TokenResult> {
  try {
    // An explicit region keeps MSAL_FORCE_REGION from sending msal to the instance metadata service.
    const result = await confidentialApp(request, deps).acquireTokenByClientCredential({
      scopes: request.scopes,
      azureRegion: 'DisableMsalForceRegion',
    });
    if (!result) throw new Error('no token');
    return { accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() };
  } catch (error) {
    throw authenticationFailed(request.credentialName, error);
  }
}

// Variables that would make msal-node pick another managed-identity source, down to the metadata service.
const OTHER_MANAGED_IDENTITY_VARIABLES = ['IDENTITY_SERVER_THUMBPRINT', 'MSI_ENDPOINT', 'MSI_SECRET', 'IMDS_ENDPOINT', 'AZURE_POD_IDENTITY_AUTHORITY_HOST'];

async function signInManagedIdentity(request: ManagedIdentitySignIn, deps: SignInDeps): Promise<TokenResult> {
  if (!request.endpoint || new URL(request.endpoint.url).hostname === '169.254.169.254') {
    throw new IdentityError('Azure.Identity.CredentialUnavailableException', messages.managedIdentityUnavailable);
  }
  // msal-node reads these when the process's first managed-identity call happens and keeps them (reference/msal.md §2).
  process.env.IDENTITY_ENDPOINT = request.endpoint.url;
  process.env.IDENTITY_HEADER = request.endpoint.header;
  for (const name of OTHER_MANAGED_IDENTITY_VARIABLES) delete process.env[name];
  const app = new deps.msal.ManagedIdentityApplication({
    managedIdentityIdParams: request.userAssignedClientId ? { userAssignedClientId: request.userAssignedClientId } : undefined,
    system: { networkClient: deps.networkClient ?? msalNetworkClient({ ca: request.ca, loopbackOnly: true }) },
  });
  if (app.getManagedIdentitySource() !== deps.msal.ManagedIdentitySourceNames.APP_SERVICE) {
    throw new IdentityError('Azure.Identity.CredentialUnavailableException', messages.managedIdentityUnavailable);
  }
  try {
    const result = await app.acquireToken({ resource: request.resource });
    return { accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() };
  } catch (error) {
    throw authenticationFailed('ManagedIdentityCredential', error);
  }
}

/** Disconnect-MgGraph clears the token cache: the next sign-in asks the token endpoint again. */
export function forgetConfidentialApps(): void {
  confidentialApps.clear();
}

export function signIn(request: SignInRequest, deps: SignInDeps = { msal: loadMsal() }): Promise<TokenResult> {
  return request.kind === 'ManagedIdentity' ? signInManagedIdentity(request, deps) : signInConfidential(request, deps);
}

/** The server's own error_description, out of msal-common's composed "Error(s): ... - Description: ..." text. */
function serverDescription(errorMessage: string): string {
  const match = /- Description: ([\s\S]*?) - Correlation ID: /.exec(errorMessage);
  return match ? match[1] : errorMessage;
}

/** Azure.Identity's AuthenticationFailedException text for an msal-node error. */
export function authenticationFailed(credentialName: string, error: unknown): IdentityError {
  if (error instanceof IdentityError) return error;
  const msalError = error as { errorCode?: string; errorMessage?: string; message?: string };
  let inner: string;
  if (msalError.errorMessage && /- Description: /.test(msalError.errorMessage)) {
    const description = serverDescription(msalError.errorMessage);
    inner = msalError.errorCode === 'invalid_client' ? format(messages.originalException, messages.invalidClient, description) : description;
  } else {
    inner = msalError.message ?? String(error);
  }
  return new IdentityError('Azure.Identity.AuthenticationFailedException', format(messages.authenticationFailed, credentialName, inner));
}
