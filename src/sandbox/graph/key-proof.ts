// addKey's proof of possession: a JWT signed with the private key of one of the application's valid certificates,
// issued by the application, for the directory's audience, short-lived. Graph refuses addKey without it.
import crypto from 'node:crypto';
import { isWithin } from '../credentials';
import type { Application } from '../model';

const PROOF_AUDIENCES = new Set(['00000002-0000-0000-c000-000000000000', 'https://graph.windows.net']);
const CLOCK_SKEW_SECONDS = 300;

export async function proofIsValid(proof: unknown, application: Application, now = new Date()): Promise<boolean> {
  if (typeof proof !== 'string') return false;
  const { compactVerify } = require('jose') as typeof import('jose');
  const keys = application.keyCredentials.filter((k) => isWithin(k, now));
  for (const key of keys) {
    let payload: Uint8Array;
    try {
      ({ payload } = await compactVerify(proof, crypto.createPublicKey(key.certificatePem), { algorithms: ['RS256', 'PS256'] }));
    } catch {
      continue;
    }
    let claims: Record<string, unknown>;
    try {
      claims = JSON.parse(Buffer.from(payload).toString('utf8'));
    } catch {
      return false;
    }
    const seconds = now.getTime() / 1000;
    return PROOF_AUDIENCES.has(String(claims.aud))
      && (claims.iss === application.id || claims.iss === application.appId)
      && typeof claims.exp === 'number' && claims.exp + CLOCK_SKEW_SECONDS >= seconds
      && (typeof claims.nbf !== 'number' || claims.nbf - CLOCK_SKEW_SECONDS <= seconds);
  }
  return false;
}
