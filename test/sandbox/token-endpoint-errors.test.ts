// Raw-HTTP negative tests for every token-endpoint check: each failure answers with Entra's JSON error body and status.
import crypto from 'node:crypto';
import { startSandbox, demoTenantInfo, demoPfx, addApplicationTo, type RunningSandbox } from '../../src/sandbox/index';
import { passwordCredential } from '../../src/sandbox/credentials';
import { findTenant } from '../../src/sandbox/model';
import { demoKeyPair, isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, makeAssertion, makeCertificate, postForm, request, thumbprints, type RawResponse } from './helpers';

const demo = demoTenantInfo();
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
let sandbox: RunningSandbox;
let demoKey: { certPem: string; keyPem: string };
let otherKey: { certPem: string; keyPem: string };

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ location: await keyedLocation() });
  demoKey = demoKeyPair(demoPfx());
  otherKey = makeCertificate('CN=not registered');
}, KEYGEN_TIMEOUT_MS);
afterAll(() => sandbox.close());

const tokenUrl = (tenant = demo.TenantId) => `${sandbox.authorityHost}/${tenant}/oauth2/v2.0/token`;
const scope = () => `${sandbox.graphEndpoint}/.default`;
const baseForm = () => ({ grant_type: 'client_credentials', client_id: demo.ApplicationId, scope: scope() });

function post(fields: Record<string, string>, tenant?: string, headers?: Record<string, string>): Promise<RawResponse> {
  return postForm(tokenUrl(tenant), fields, sandbox.caCertificatePem, headers);
}

function assertionForm(assertion: string): Record<string, string> {
  return { ...baseForm(), client_assertion_type: JWT_BEARER, client_assertion: assertion };
}

function demoAssertion(options: Partial<Parameters<typeof makeAssertion>[0]> = {}): string {
  return makeAssertion({ keyPem: demoKey.keyPem, certPem: demoKey.certPem, clientId: demo.ApplicationId, audience: tokenUrl(), ...options });
}

/** The whole Entra error body: fields, CRLF trailer, matching ids, timestamp form, status. */
function expectEntraError(response: RawResponse, status: number, error: string, codes: number[], text: string): void {
  expect(response.status).toBe(status);
  const body = response.json;
  expect(Object.keys(body).sort()).toEqual(['correlation_id', 'error', 'error_codes', 'error_description', 'error_uri', 'timestamp', 'trace_id']);
  expect(body.error).toBe(error);
  expect(body.error_codes).toEqual(codes);
  expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
  expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.correlation_id).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.error_description).toBe(`AADSTS${codes[0]}: ${text}\r\nTrace ID: ${body.trace_id}\r\nCorrelation ID: ${body.correlation_id}\r\nTimestamp: ${body.timestamp}`);
  expect(body.error_uri).toBe(`${sandbox.authorityHost}/error?code=${codes[0]}`);
}

const notRegistered = (thumbprint: string) =>
  `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${demo.ApplicationId}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployments to determine the corresponding service endpoint and https://docs.microsoft.com/en-us/graph/api/application-get?view=graph-rest-1.0&tabs=http to build a query request URL, such as 'https://graph.microsoft.com/beta/applications/${demo.ApplicationId}'].`;
const badSignature = (thumbprint: string) =>
  `Client assertion contains an invalid signature. [Reason - The provided signature value did not match the expected signature value., Thumbprint of key used by client: '${thumbprint}', Found key 'Start=01/01/2025 00:00:00, End=01/01/2050 00:00:00']`;

describe('client assertion checks', () => {
  test('a valid hand-built assertion passes (the baseline for the cases below)', async () => {
    const response = await post(assertionForm(demoAssertion()));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
  });

  test('forged signature (random bytes) → 700027 invalid signature', async () => {
    const [h, p] = demoAssertion().split('.');
    const response = await post(assertionForm(`${h}.${p}.${crypto.randomBytes(256).toString('base64url')}`));
    expectEntraError(response, 401, 'invalid_client', [700027], badSignature(thumbprints(demoKey.certPem).sha256));
  });

  test('tampered payload → 700027 invalid signature', async () => {
    const [h, , s] = demoAssertion({ alg: 'RS256' }).split('.');
    const claims = { aud: tokenUrl(), iss: demo.ApplicationId, sub: demo.ApplicationId, exp: Math.floor(Date.now() / 1000) + 86400 * 365 };
    const response = await post(assertionForm(`${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`));
    expectEntraError(response, 401, 'invalid_client', [700027], badSignature(thumbprints(demoKey.certPem).sha1));
  });

  test('signed by another key while naming the registered certificate → 700027 invalid signature', async () => {
    const response = await post(assertionForm(demoAssertion({ keyPem: otherKey.keyPem })));
    expectEntraError(response, 401, 'invalid_client', [700027], badSignature(thumbprints(demoKey.certPem).sha256));
  });

  test('a certificate that is not registered → 700027 not registered', async () => {
    const response = await post(assertionForm(demoAssertion({ keyPem: otherKey.keyPem, certPem: otherKey.certPem })));
    expectEntraError(response, 401, 'invalid_client', [700027], notRegistered(thumbprints(otherKey.certPem).sha256));
  });

  test('x5c that is not the named certificate → 700027 not registered', async () => {
    const assertion = demoAssertion({ header: { x5c: [thumbprints(otherKey.certPem).derBase64] } });
    const response = await post(assertionForm(assertion));
    expectEntraError(response, 401, 'invalid_client', [700027], notRegistered(thumbprints(demoKey.certPem).sha256));
  });

  test('an expired registered certificate → 700027 not registered', async () => {
    const old = makeCertificate('CN=expired', new Date('2020-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z'));
    const app = addApplicationTo(sandbox, { displayName: 'Expired cert app', certificate: old.certPem });
    const assertion = makeAssertion({ keyPem: old.keyPem, certPem: old.certPem, clientId: app.applicationId, audience: tokenUrl(), alg: 'RS256' });
    const response = await post({ ...assertionForm(assertion), client_id: app.applicationId });
    expect(response.json.error_codes).toEqual([700027]);
    expect(response.json.error_description).toContain(`Thumbprint of key used by client: '${thumbprints(old.certPem).sha1}'`);
  }, KEYGEN_TIMEOUT_MS);

  test('wrong aud → 70002/50012 audience does not match', async () => {
    const response = await post(assertionForm(demoAssertion({ audience: `${sandbox.authorityHost}/common/oauth2/v2.0/token` })));
    expectEntraError(response, 401, 'invalid_client', [70002, 50012], 'Error validating credentials. AADSTS50012: Client assertion audience claim does not match Realm issuer.');
  });

  test('aud naming the tenant by domain is accepted', async () => {
    const response = await post(assertionForm(demoAssertion({ audience: tokenUrl(demo.TenantDomain) })));
    expect(response.status).toBe(200);
  });

  test('expired assertion (beyond the 5-minute skew) → 700024', async () => {
    const now = Math.floor(Date.now() / 1000);
    const response = await post(assertionForm(demoAssertion({ claims: { nbf: now - 1200, iat: now - 1200, exp: now - 600 } })));
    expect(response.status).toBe(401);
    expect(response.json.error).toBe('invalid_client');
    expect(response.json.error_codes).toEqual([700024]);
    const iso7 = (s: number) => new Date(s * 1000).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
    expect(response.json.error_description).toMatch(new RegExp(
      `^AADSTS700024: Client assertion is not within its valid time range\\. Current time: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z, assertion valid from ${iso7(now - 1200).replace(/\./g, '\\.')}, expiry time of assertion ${iso7(now - 600).replace(/\./g, '\\.')}\\. Review the documentation at https://learn\\.microsoft\\.com/entra/identity-platform/certificate-credentials \\.\\r\\nTrace ID: `));
  });

  test('an assertion within the skew is accepted', async () => {
    const now = Math.floor(Date.now() / 1000);
    const response = await post(assertionForm(demoAssertion({ claims: { nbf: now - 900, exp: now - 60 } })));
    expect(response.status).toBe(200);
  });

  test('not yet valid → 700024', async () => {
    const now = Math.floor(Date.now() / 1000);
    const response = await post(assertionForm(demoAssertion({ claims: { nbf: now + 1200, exp: now + 1800 } })));
    expect(response.json.error_codes).toEqual([700024]);
  });

  test.each([
    ['not a JWT', 'abc.def'],
    ['bad base64 JSON', 'e30.bm90IGpzb24.c2ln'],
  ])('malformed assertion (%s) → 50027', async (_name, assertion) => {
    const response = await post(assertionForm(assertion));
    expectEntraError(response, 400, 'invalid_request', [50027], 'JWT token is invalid or malformed.');
  });

  test('iss/sub naming another client → 50027', async () => {
    const response = await post(assertionForm(demoAssertion({ claims: { iss: crypto.randomUUID() } })));
    expect(response.json.error_codes).toEqual([50027]);
  });

  test('assertion without client_assertion_type → 900144', async () => {
    const response = await post({ ...baseForm(), client_assertion: demoAssertion() });
    expectEntraError(response, 400, 'invalid_request', [900144], "The request body must contain the following parameter: 'client_assertion_type'.");
  });
});

describe('client secret checks', () => {
  test('secret by HTTP Basic (client_secret_basic)', async () => {
    const basic = Buffer.from(`${encodeURIComponent(demo.ApplicationId)}:${encodeURIComponent(demo.ClientSecret)}`).toString('base64');
    const { client_id: _omitted, ...form } = baseForm();
    const response = await post(form, undefined, { authorization: `Basic ${basic}` });
    expect(response.status).toBe(200);
  });

  test('wrong secret → 7000215', async () => {
    const response = await post({ ...baseForm(), client_secret: 'wrong' });
    expectEntraError(response, 401, 'invalid_client', [7000215], `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${demo.ApplicationId}'.`);
  });

  test('expired secret → 7000222', async () => {
    const app = addApplicationTo(sandbox, { displayName: 'Expired secret app' });
    sandbox.store.update((state) => {
      findTenant(state, demo.TenantId)!.applications.find((a) => a.appId === app.applicationId)!
        .passwordCredentials.push(passwordCredential('old-secret-value', 'old', new Date('2020-01-01'), new Date('2021-01-01')));
    });
    const response = await post({ ...baseForm(), client_id: app.applicationId, client_secret: 'old-secret-value' });
    expectEntraError(response, 401, 'invalid_client', [7000222], `The provided client secret keys for app '${app.applicationId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`);
  });

  test('no credential at all → 7000218', async () => {
    const response = await post(baseForm());
    expectEntraError(response, 401, 'invalid_client', [7000218], "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  });
});

describe('request checks', () => {
  test('unknown tenant → 90002', async () => {
    const response = await post({ ...baseForm(), client_secret: demo.ClientSecret }, 'nosuchtenant.onmicrosoft.com');
    expectEntraError(response, 400, 'invalid_request', [90002], "Tenant 'nosuchtenant.onmicrosoft.com' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.");
  });

  test('unknown app → 700016', async () => {
    const appId = crypto.randomUUID();
    const response = await post({ ...baseForm(), client_id: appId, client_secret: 'x' });
    expectEntraError(response, 400, 'unauthorized_client', [700016], `Application with identifier '${appId}' was not found in the directory 'psnode Sandbox'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`);
  });

  test.each(['grant_type', 'client_id', 'scope'])('missing %s → 900144', async (name) => {
    const form: Record<string, string> = { ...baseForm(), client_secret: demo.ClientSecret };
    delete form[name];
    const response = await post(form);
    expectEntraError(response, 400, 'invalid_request', [900144], `The request body must contain the following parameter: '${name}'.`);
  });

  test('a scope without /.default → 1002012', async () => {
    const response = await post({ ...baseForm(), scope: 'User.Read.All', client_secret: demo.ClientSecret });
    expectEntraError(response, 400, 'invalid_scope', [1002012], 'The provided value for scope User.Read.All is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).');
  });

  test('another grant type → 70003', async () => {
    const response = await post({ ...baseForm(), grant_type: 'password', client_secret: demo.ClientSecret });
    expectEntraError(response, 400, 'unsupported_grant_type', [70003], "The app requested an unsupported grant type 'password'.");
  });

  test.each([
    ['a JSON body', 'application/json', JSON.stringify({ grant_type: 'client_credentials' })],
    ['broken percent-encoding', 'application/x-www-form-urlencoded', 'grant_type=client_credentials&scope=%ZZ'],
  ])('malformed form body (%s) → invalid_request', async (_name, contentType, body) => {
    const response = await request(tokenUrl(), { method: 'POST', ca: sandbox.caCertificatePem, headers: { 'content-type': contentType }, body });
    expectEntraError(response, 400, 'invalid_request', [900144], "The request body must contain the following parameter: 'grant_type'.");
  });

  test('the client-request-id comes back as the correlation id', async () => {
    const id = crypto.randomUUID();
    const response = await postForm(`${tokenUrl()}?client-request-id=${id}`, { ...baseForm(), client_secret: 'wrong' }, sandbox.caCertificatePem);
    expect(response.json.correlation_id).toBe(id);
  });

  test('a 2 MB body → 413', async () => {
    const response = await request(tokenUrl(), {
      method: 'POST',
      ca: sandbox.caCertificatePem,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&pad=${'a'.repeat(2 * 1024 * 1024)}`,
    });
    expect(response.status).toBe(413);
  });

  test.each([
    ['GET', '/nope'],
    ['GET', `/${'7c03842c-7b08-4393-a3e9-e9a6549bb7ed'}/oauth2/v2.0/authorize`],
    ['POST', '/common/discovery/instance'],
  ])('unknown route %s %s → 400', async (method, path) => {
    const response = await request(`${sandbox.authorityHost}${path}`, { method, ca: sandbox.caCertificatePem });
    expect(response.status).toBe(400);
  });
});

describe('discovery', () => {
  test('OIDC document built from the request host, by GUID and by domain', async () => {
    for (const tenant of [demo.TenantId, demo.TenantDomain]) {
      const response = await request(`${sandbox.authorityHost}/${tenant}/v2.0/.well-known/openid-configuration`, { ca: sandbox.caCertificatePem });
      expect(response.status).toBe(200);
      expect(response.json).toMatchObject({
        issuer: `${sandbox.authorityHost}/${demo.TenantId}/v2.0`,
        token_endpoint: `${sandbox.authorityHost}/${demo.TenantId}/oauth2/v2.0/token`,
        jwks_uri: `${sandbox.authorityHost}/${demo.TenantId}/discovery/v2.0/keys`,
        authorization_endpoint: `${sandbox.authorityHost}/${demo.TenantId}/oauth2/v2.0/authorize`,
      });
    }
    const viaLocalhost = await request(`${sandbox.authorityHost.replace('127.0.0.1', 'localhost')}/${demo.TenantId}/v2.0/.well-known/openid-configuration`, { ca: sandbox.caCertificatePem });
    expect(viaLocalhost.json.issuer).toBe(`${sandbox.authorityHost.replace('127.0.0.1', 'localhost')}/${demo.TenantId}/v2.0`);
  });

  test('unknown tenant discovery → invalid_tenant 90002 (Entra\'s discovery error, not the token endpoint\'s)', async () => {
    const response = await request(`${sandbox.authorityHost}/nope.example/v2.0/.well-known/openid-configuration`, { ca: sandbox.caCertificatePem });
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('invalid_tenant');
    expect(response.json.error_codes).toEqual([90002]);
  });

  test('JWKS publishes the kid that signs tokens; instance discovery names this host', async () => {
    const token = await post({ ...baseForm(), client_secret: demo.ClientSecret });
    const kid = JSON.parse(Buffer.from(token.json.access_token.split('.')[0], 'base64url').toString()).kid;
    const jwks = await request(`${sandbox.authorityHost}/${demo.TenantId}/discovery/v2.0/keys`, { ca: sandbox.caCertificatePem });
    expect(jwks.json.keys).toEqual([expect.objectContaining({ kty: 'RSA', use: 'sig', kid })]);
    const instance = await request(`${sandbox.authorityHost}/common/discovery/instance?api-version=1.1`, { ca: sandbox.caCertificatePem });
    const host = new URL(sandbox.authorityHost).host;
    expect(instance.json.metadata).toEqual([{ preferred_network: host, preferred_cache: host, aliases: [host] }]);
  });
});
