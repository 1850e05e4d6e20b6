// Reads an access token's claims (JwtHelpers.DecodeJWT reads only the payload; nothing is verified client-side).

/** The claims the module reads (JwtPayload.cs). */
export interface TokenClaims {
  appid?: string;
  tid?: string;
  scp?: string;
  roles?: string[];
  app_displayname?: string;
  upn?: string;
  exp?: number;
}

/** The payload of a JWT, or undefined when the text is not one. */
export function decodeTokenClaims(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as TokenClaims) : undefined;
  } catch {
    return undefined;
  }
}
