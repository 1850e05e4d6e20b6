// The Global cloud without the internet: msal-node runs for real, but its network client records what it would send
// to login.microsoftonline.com and answers locally.
import crypto from 'node:crypto';
import { signIn } from '../../src/identity/msal-sign-in';
import type { ConfidentialSignIn } from '../../src/identity/sign-in-request';
import { decodeJwt, fakeAccessToken, recordingNetworkClient, type RecordedRequest } from './helpers/recording-network-client';
import { makeTestCertificate, type TestCertificate } from './helpers/test-certificate';

const msal = require('@azure/msal-node');
const TENANT = 'aaaabbbb-0000-cccc-1111-dddd2222eeee';
const APP = '00001111-aaaa-2222-bbbb-3333cccc4444';
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;
const TOKEN_ENDPOINT = `${AUTHORITY}/oauth2/v2.0/token`;

const tokenAnswer = () => ({
  status: 200,
  body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: fakeAccessToken({ appid: APP, tid: TENANT }) },
});

let certificate: TestCertificate;
beforeAll(() => {
  certificate = makeTestCertificate();
});

function request(overrides: Partial<ConfidentialSignIn>): ConfidentialSignIn {
  return {
    kind: 'ClientSecret',
    credentialName: 'ClientSecretCredential',
    authority: AUTHORITY,
    clientId: APP,
    scopes: ['https://graph.microsoft.com/.default'],
    transport: { loopbackOnly: false },
    ...overrides,
  };
}

function onlyTokenPost(requests: RecordedRequest[]): RecordedRequest {
  expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([`POST ${TOKEN_ENDPOINT}`]);
  return requests[0];
}

test('client secret: one POST to the tenant authority with the Graph scope, nothing else', async () => {
  const { client, requests } = recordingNetworkClient(tokenAnswer);
  const result = await signIn(request({ clientSecret: 's3cret' }), { msal, networkClient: client });
  const post = onlyTokenPost(requests);
  expect(post.form).toMatchObject({ client_id: APP, client_secret: 's3cret', grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' });
  expect(result.accessToken.split('.')).toHaveLength(3);
  expect(result.expiresOn).toBeGreaterThan(Date.now() + 3000_000);
});

test('certificate by SHA-256 thumbprint: a PS256 assertion for the token endpoint, signed by the key', async () => {
  const { client, requests } = recordingNetworkClient(tokenAnswer);
  await signIn(
    request({ kind: 'ClientCertificate', credentialName: 'ClientCertificateCredential', certificate: { privateKey: certificate.privateKeyPem, thumbprintSha256: certificate.sha256Hex } }),
    { msal, networkClient: client },
  );
  const post = onlyTokenPost(requests);
  expect(post.form.client_assertion_type).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  expect(post.form.client_secret).toBeUndefined();
  const assertion = decodeJwt(post.form.client_assertion);
  expect(assertion.header).toEqual({ alg: 'PS256', typ: 'JWT', 'x5t#S256': crypto.createHash('sha256').update(certificate.der).digest('base64url') });
  expect(assertion.claims).toMatchObject({ aud: TOKEN_ENDPOINT, iss: APP, sub: APP });
  const valid = crypto.verify('sha256', Buffer.from(assertion.signingInput), {
    key: certificate.publicKey,
    padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: crypto.constants.RSA_PSS_SALTLEN_DIGEST,
  }, assertion.signature);
  expect(valid).toBe(true);
});

test('certificate by SHA-1 thumbprint with the chain: RS256, x5t and x5c', async () => {
  const { client, requests } = recordingNetworkClient(tokenAnswer);
  await signIn(
    request({
      kind: 'ClientCertificate',
      credentialName: 'ClientCertificateCredential',
      certificate: { privateKey: certificate.privateKeyPem, thumbprint: certificate.sha1Hex, x5c: certificate.certificatePem },
    }),
    { msal, networkClient: client },
  );
  const assertion = decodeJwt(onlyTokenPost(requests).form.client_assertion);
  expect(assertion.header.alg).toBe('RS256');
  expect(assertion.header.x5t).toBe(crypto.createHash('sha1').update(certificate.der).digest('base64url'));
  expect(assertion.header.x5c).toEqual([certificate.der.toString('base64')]);
  expect(crypto.verify('sha256', Buffer.from(assertion.signingInput), certificate.publicKey, assertion.signature)).toBe(true);
});

test('other clouds use their own authority and Graph scope', async () => {
  const { client, requests } = recordingNetworkClient(tokenAnswer);
  await signIn(
    request({ authority: `https://login.chinacloudapi.cn/${TENANT}`, scopes: ['https://microsoftgraph.chinacloudapi.cn/.default'], clientSecret: 'x' }),
    { msal, networkClient: client },
  );
  expect(requests).toHaveLength(1);
  // msal-node sends China's requests to the cloud's preferred network alias.
  expect(requests[0].url.split('?')[0]).toBe(`https://login.partner.microsoftonline.cn/${TENANT}/oauth2/v2.0/token`);
  expect(requests[0].form.scope).toBe('https://microsoftgraph.chinacloudapi.cn/.default');
});

const aadError = (status: number, error: string, code: number, description: string) => () => ({
  status,
  body: { error, error_description: description, error_codes: [code], timestamp: '2026-11-27 08:00:00Z', trace_id: 't', correlation_id: 'c' },
});

test('invalid_client: Azure.Identity wrapping with MSAL.NET\'s configuration text and two spaces', async () => {
  const description = `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'.`;
  const { client } = recordingNetworkClient(aadError(401, 'invalid_client', 7000215, description));
  await expect(signIn(request({ clientSecret: 'wrong' }), { msal, networkClient: client })).rejects.toMatchObject({
    exceptionType: 'Azure.Identity.AuthenticationFailedException',
    message:
      'ClientSecretCredential authentication failed: A configuration issue is preventing authentication - check the error message from the server for details. You can modify the configuration in the application registration portal. See https://aka.ms/msal-net-invalid-client for details.  Original exception: ' +
      description,
  });
});

test('other server errors: the credential prefix and the server\'s description only', async () => {
  const description = `AADSTS90002: Tenant '${TENANT}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`;
  const { client } = recordingNetworkClient(aadError(400, 'invalid_request', 90002, description));
  await expect(
    signIn(request({ kind: 'ClientCertificate', credentialName: 'ClientCertificateCredential', certificate: { privateKey: certificate.privateKeyPem, thumbprintSha256: certificate.sha256Hex } }), { msal, networkClient: client }),
  ).rejects.toMatchObject({ message: `ClientCertificateCredential authentication failed: ${description}` });
});

describe('Connect-MgGraph\'s own path to the Global cloud (environment, certificate lookup, request), offline', () => {
  const { useTempHome } = require('./helpers/temp-home') as typeof import('./helpers/temp-home');
  useTempHome();

  test('a certificate from CurrentUser\\My, by thumbprint: authority, audience and scope of the public cloud', async () => {
    const { createSelfSignedCertificate } = await import('../../src/pki/self-signed');
    const { CertificateStore } = await import('../../src/pki/store');
    const { EnvironmentRegistry } = await import('../../src/identity/environments');
    const { resolveEnvironment } = await import('../../src/identity/resolved-environment');
    const { signInRequestFor } = await import('../../src/identity/sign-in-request-factory');
    const { storeCertificateSource } = await import('../../src/identity/signing-certificate');
    const stored = createSelfSignedCertificate({ subject: 'CN=global offline', keyLength: 2048 });
    new CertificateStore('CurrentUser', 'My').add(stored);

    const environment = resolveEnvironment('Global', { registry: new EnvironmentRegistry(), env: {}, sandbox: () => { throw new Error('not the sandbox'); } });
    const request = signInRequestFor(
      { parameterSetName: 'AppCertificateParameterSet', ClientId: APP, TenantId: TENANT, CertificateThumbprint: stored.thumbprint },
      environment,
      { certificates: storeCertificateSource, env: {} },
    );
    const { client, requests } = recordingNetworkClient(tokenAnswer);
    await signIn(request, { msal, networkClient: client });

    const post = onlyTokenPost(requests);
    expect(post.form.scope).toBe('https://graph.microsoft.com/.default');
    const assertion = decodeJwt(post.form.client_assertion);
    expect(assertion.header['x5t#S256']).toBe(crypto.createHash('sha256').update(stored.rawData).digest('base64url'));
    expect(assertion.claims).toMatchObject({ aud: TOKEN_ENDPOINT, iss: APP, sub: APP });
  });
});
