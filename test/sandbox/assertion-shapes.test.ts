// Client assertions in every shape Microsoft's own clients send (issue #10): MSAL.NET and Azure.Identity write
// nbf/exp/iat as JSON strings, name the key by x5t and/or x5t#S256 with RS256 or PS256, with or without x5c. Each
// is accepted; an unregistered certificate in those shapes still gets its 700027 (it was hidden behind 50027).
import { startSandbox, demoTenantInfo, demoPfx, type RunningSandbox } from '../../src/sandbox/index';
import { demoKeyPair, isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, makeAssertion, makeCertificate, postForm, thumbprints } from './helpers';

const demo = demoTenantInfo();
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
let sandbox: RunningSandbox;
let demoKey: { certPem: string; keyPem: string };

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ location: await keyedLocation() });
  demoKey = demoKeyPair(demoPfx());
}, KEYGEN_TIMEOUT_MS);
afterAll(() => sandbox.close());

const tokenUrl = () => `${sandbox.authorityHost}/${demo.TenantId}/oauth2/v2.0/token`;

function post(assertion: string) {
  return postForm(tokenUrl(), {
    grant_type: 'client_credentials', client_id: demo.ApplicationId, scope: `${sandbox.graphEndpoint}/.default`,
    client_assertion_type: JWT_BEARER, client_assertion: assertion,
  }, sandbox.caCertificatePem);
}

const now = () => Math.floor(Date.now() / 1000);
const stringTimes = () => ({ nbf: String(now()), iat: String(now()), exp: String(now() + 600) });
const b64url = (hex: string) => Buffer.from(hex, 'hex').toString('base64url');

describe('accepted', () => {
  const shapes: Array<[string, () => Parameters<typeof makeAssertion>[0]]> = [
    ['RS256 + x5t, nbf/exp/iat as strings (MSAL.NET)', () => ({ ...base(), alg: 'RS256', claims: stringTimes() })],
    ['PS256 + x5t#S256, times as strings, with x5c as an array', () => ({ ...base(), alg: 'PS256', x5c: true, claims: stringTimes() })],
    ['PS256 + x5t#S256, times as strings, x5c as one string (MSAL.NET and Azure.Identity sendX5C)', () => ({ ...base(), alg: 'PS256', claims: stringTimes(), header: { x5c: thumbprints(demoKey.certPem).derBase64 } })],
    ['PS256 naming the key by x5t only', () => ({ ...base(), alg: 'PS256', header: { 'x5t#S256': undefined, x5t: b64url(thumbprints(demoKey.certPem).sha1) } })],
    ['RS256 naming the key by x5t#S256 only', () => ({ ...base(), alg: 'RS256', header: { x5t: undefined, 'x5t#S256': b64url(thumbprints(demoKey.certPem).sha256) } })],
    ['RS256 with both x5t and x5t#S256 and x5c', () => ({ ...base(), alg: 'RS256', x5c: true, header: { 'x5t#S256': b64url(thumbprints(demoKey.certPem).sha256) } })],
    ['PS256 + x5t#S256 with numbers, without nbf (msal-node)', () => ({ ...base(), alg: 'PS256', claims: { nbf: undefined } })],
  ];
  function base(): Parameters<typeof makeAssertion>[0] {
    return { keyPem: demoKey.keyPem, certPem: demoKey.certPem, clientId: demo.ApplicationId, audience: tokenUrl() };
  }
  test.each(shapes)('%s → 200 and a token', async (_name, options) => {
    const response = await post(makeAssertion(options()));
    expect(response.status).toBe(200);
    expect(response.json.token_type).toBe('Bearer');
  });
});

describe('refused with the right code', () => {
  test('an unregistered certificate with string times → 700027 naming its thumbprint', async () => {
    const other = makeCertificate('CN=not registered');
    const response = await post(makeAssertion({ keyPem: other.keyPem, certPem: other.certPem, clientId: demo.ApplicationId, audience: tokenUrl(), alg: 'RS256', claims: stringTimes() }));
    expect(response.status).toBe(401);
    expect(response.json.error_codes).toEqual([700027]);
    expect(response.json.error_description).toContain(`Thumbprint of key used by client: '${thumbprints(other.certPem).sha1}'`);
  });

  test('string times outside the window → 700024 with the times Entra prints', async () => {
    const t = now();
    const response = await post(makeAssertion({ keyPem: demoKey.keyPem, certPem: demoKey.certPem, clientId: demo.ApplicationId, audience: tokenUrl(), claims: { nbf: String(t - 3600), exp: String(t - 1800) } }));
    expect(response.json.error_codes).toEqual([700024]);
    expect(response.json.error_description).toContain(`assertion valid from ${new Date((t - 3600) * 1000).toISOString().replace('.000Z', '.0000000Z')}`);
  });

  test.each([
    ['exp that is not a number', { exp: 'soon' }],
    ['nbf that is not a number', { nbf: '12:00' }],
    ['exp as a JSON boolean', { exp: true }],
  ])('%s → 50027', async (_name, claims) => {
    const response = await post(makeAssertion({ keyPem: demoKey.keyPem, certPem: demoKey.certPem, clientId: demo.ApplicationId, audience: tokenUrl(), claims }));
    expect(response.json.error_codes).toEqual([50027]);
  });

  test('an algorithm Entra does not take for assertions (HS256) → 50027', async () => {
    const response = await post(makeAssertion({ keyPem: demoKey.keyPem, certPem: demoKey.certPem, clientId: demo.ApplicationId, audience: tokenUrl(), header: { alg: 'HS256' } }));
    expect(response.json.error_codes).toEqual([50027]);
  });
});
