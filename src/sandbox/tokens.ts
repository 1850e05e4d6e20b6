// Access tokens: RS256 JWTs signed with the sandbox's token key (kid in the JWKS), carrying the claims Graph and
// Connect-MgGraph read (reference/entra.md §3.2), and their verification (jose) for the Graph server. Signing uses
// node:crypto's asynchronous RSA signature, which runs on the thread pool: under a burst of token requests that is
// several times faster than signing on the event loop.
import crypto from 'node:crypto';
import type { TokenSigningKey } from './pki';

/** Entra answers client-credential requests with expires_in 3599. */
export const TOKEN_LIFETIME_SECONDS = 3599;

export interface TokenSubject {
  appId: string;
  displayName: string;
  /** The service principal's object id (the token's oid and sub). */
  objectId: string;
  roles: string[];
  /** "1" for a secret, "2" for a certificate or a managed identity. */
  appidacr: '1' | '2';
  managedIdentityResourceId?: string;
}

export interface IssuedToken {
  accessToken: string;
  expiresOn: number;
}

function jose(): typeof import('jose') {
  return require('jose');
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export const issuerFor = (tenantId: string) => `https://sts.windows.net/${tenantId}/`;

export class TokenService {
  private readonly privateKey: crypto.KeyObject;
  readonly publicKey: crypto.KeyObject;

  constructor(private readonly key: TokenSigningKey) {
    this.privateKey = crypto.createPrivateKey(key.privateKeyPem);
    this.publicKey = crypto.createPublicKey(key.privateKeyPem);
  }

  get kid(): string {
    return this.key.kid;
  }

  jwks(): { keys: object[] } {
    const { n, e } = this.key.publicJwk;
    return { keys: [{ kty: 'RSA', use: 'sig', kid: this.key.kid, n, e, alg: 'RS256' }] };
  }

  async issue(tenantId: string, audience: string, subject: TokenSubject, now = new Date()): Promise<IssuedToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + TOKEN_LIFETIME_SECONDS;
    const claims: Record<string, unknown> = {
      aud: audience,
      iss: issuerFor(tenantId),
      iat,
      nbf: iat,
      exp,
      app_displayname: subject.displayName,
      appid: subject.appId,
      appidacr: subject.appidacr,
      idp: issuerFor(tenantId),
      idtyp: 'app',
      oid: subject.objectId,
      sub: subject.objectId,
      tid: tenantId,
      uti: crypto.randomBytes(16).toString('base64url'),
      ver: '1.0',
    };
    // Entra leaves the roles claim out when no application permission is granted.
    if (subject.roles.length > 0) claims.roles = subject.roles;
    if (subject.managedIdentityResourceId) claims.xms_mirid = subject.managedIdentityResourceId;
    const header = { typ: 'JWT', alg: 'RS256', kid: this.key.kid };
    const signingInput = `${base64url(header)}.${base64url(claims)}`;
    const signature = await new Promise<Buffer>((resolve, reject) =>
      crypto.sign('sha256', Buffer.from(signingInput), this.privateKey, (error, result) => (error ? reject(error) : resolve(result))));
    return { accessToken: `${signingInput}.${signature.toString('base64url')}`, expiresOn: exp };
  }

  /** Checks signature and lifetime; the caller checks issuer and audience. */
  async verify(token: string): Promise<{ ok: true; claims: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' | 'expired' }> {
    const { jwtVerify, errors } = jose();
    try {
      const { payload } = await jwtVerify(token, this.publicKey, { algorithms: ['RS256'], clockTolerance: 300 });
      return { ok: true, claims: payload as Record<string, unknown> };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') return { ok: false, reason: 'expired' };
      if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed) return { ok: false, reason: 'signature' };
      return { ok: false, reason: 'malformed' };
    }
  }
}
