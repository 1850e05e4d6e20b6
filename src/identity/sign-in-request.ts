// What the engine's side asks the I/O worker to sign in with: everything msal-node needs, already resolved
// (private key, thumbprint, secret, endpoints), so the worker does no lookups of its own.
import type { Transport } from './network-client';

export interface ConfidentialSignIn {
  kind: 'ClientCertificate' | 'ClientSecret';
  /** The Azure.Identity credential the real module uses, named in its failure texts. */
  credentialName: 'ClientCertificateCredential' | 'ClientSecretCredential';
  /** `{AzureADEndpoint}/{tenant}`. */
  authority: string;
  /** Hosts msal-node has no built-in metadata for (the sandbox, user-defined clouds), trusted without discovery. */
  knownAuthorities?: string[];
  clientId: string;
  scopes: string[];
  /** PKCS#8 PEM key; the SHA-256 thumbprint (PS256 assertion) or, for old ADFS-style callers, the SHA-1 one (RS256);
   * `x5c` (the chain's PEM) when -SendCertificateChain is $true. */
  certificate?: { privateKey: string; thumbprintSha256?: string; thumbprint?: string; x5c?: string };
  clientSecret?: string;
  /** How msal-node reaches the authority: psnode's client (Node's https, no 10 s connect limit as fetch has). */
  transport: Transport;
}

export interface ManagedIdentitySignIn {
  kind: 'ManagedIdentity';
  resource: string;
  userAssignedClientId?: string;
  /** The App Service style endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER); absent means none is configured. */
  endpoint?: { url: string; header: string };
  /** The CA to trust when the endpoint is https (the sandbox's); it is always contacted on loopback only. */
  ca?: string;
}

export type SignInRequest = ConfidentialSignIn | ManagedIdentitySignIn;

export interface TokenResult {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresOn: number;
}
