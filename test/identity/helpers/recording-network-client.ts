// An msal-node network client that never opens a socket: it records every request msal would send and answers
// from a function, so the public clouds can be exercised offline.
import type { INetworkModule, NetworkRequestOptions } from '@azure/msal-node';

export interface RecordedRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  /** The form fields of a POST. */
  form: Record<string, string>;
}

export type Answer = (request: RecordedRequest) => { status: number; body: unknown };

export function recordingNetworkClient(answer: Answer): { client: INetworkModule; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const send = async (method: 'GET' | 'POST', url: string, options: NetworkRequestOptions = {}) => {
    const request: RecordedRequest = {
      method,
      url,
      headers: options.headers ?? {},
      form: Object.fromEntries(new URLSearchParams(options.body ?? '')),
    };
    requests.push(request);
    const { status, body } = answer(request);
    return { status, headers: {}, body: body as any };
  };
  return {
    requests,
    client: { sendGetRequestAsync: (url, options) => send('GET', url, options), sendPostRequestAsync: (url, options) => send('POST', url, options) },
  };
}

/** A token the way Entra shapes one for app-only sign-in (unsigned: nothing verifies it offline). */
export function fakeAccessToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part(claims)}.c2ln`;
}

/** Splits a JWT into its decoded header and claims. */
export function decodeJwt(token: string): { header: any; claims: any; signingInput: string; signature: Buffer } {
  const [header, claims, signature] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    claims: JSON.parse(Buffer.from(claims, 'base64url').toString()),
    signingInput: `${header}.${claims}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}
