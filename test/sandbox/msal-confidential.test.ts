// msal-node itself gets client-credential tokens from the sandbox: certificate (SHA-256 and SHA-1 thumbprints, with
// and without x5c), secret, by tenant GUID and by domain, and an app added at run time; all over loopback HTTPS.
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { startSandbox, demoTenantInfo, demoPfx, addApplicationTo, type RunningSandbox } from '../../src/sandbox/index';
import { decodeJwt, demoKeyPair, isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, loopbackNetworkClient, makeCertificate, request, thumbprints } from './helpers';

const demo = demoTenantInfo();
let sandbox: RunningSandbox;
let demoKey: { certPem: string; keyPem: string };

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ location: await keyedLocation() });
  demoKey = demoKeyPair(demoPfx());
}, KEYGEN_TIMEOUT_MS);
afterAll(() => sandbox.close());

function client(auth: Partial<Configuration['auth']>, authority = sandbox.authority, clientId = demo.ApplicationId): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: { clientId, authority, knownAuthorities: [new URL(sandbox.authorityHost).host], ...auth },
    system: { networkClient: loopbackNetworkClient(sandbox.caCertificatePem) },
  });
}

const graphScope = () => [`${sandbox.graphEndpoint}/.default`];

async function tokenClaims(cca: ConfidentialClientApplication) {
  const result = await cca.acquireTokenByClientCredential({ scopes: graphScope() });
  expect(result?.tokenType).toBe('Bearer');
  return { result: result!, ...decodeJwt(result!.accessToken) };
}

describe('certificate credentials', () => {
  const cases: Array<[string, () => Record<string, unknown>]> = [
    ['SHA-256 thumbprint (PS256 + x5t#S256)', () => ({ thumbprintSha256: thumbprints(demoKey.certPem).sha256, privateKey: demoKey.keyPem })],
    ['SHA-256 thumbprint with x5c', () => ({ thumbprintSha256: thumbprints(demoKey.certPem).sha256, privateKey: demoKey.keyPem, x5c: demoKey.certPem })],
    ['SHA-1 thumbprint (RS256 + x5t)', () => ({ thumbprint: thumbprints(demoKey.certPem).sha1, privateKey: demoKey.keyPem })],
    ['SHA-1 thumbprint with x5c', () => ({ thumbprint: thumbprints(demoKey.certPem).sha1, privateKey: demoKey.keyPem, x5c: demoKey.certPem })],
  ];
  test.each(cases)('%s', async (_name, certificate) => {
    const { claims, header } = await tokenClaims(client({ clientCertificate: certificate() as never }));
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(claims).toMatchObject({
      aud: sandbox.graphEndpoint,
      iss: `https://sts.windows.net/${demo.TenantId}/`,
      appid: demo.ApplicationId,
      app_displayname: 'Your Awesome Application Name Here',
      appidacr: '2',
      idtyp: 'app',
      oid: demo.ServicePrincipalId,
      tid: demo.TenantId,
      roles: ['User.Read.All', 'Group.Read.All'],
    });
    expect(claims.exp - claims.iat).toBe(3599);
  });

  test('the demo certificate thumbprint is the documented one', () => {
    expect(thumbprints(demoKey.certPem).sha1).toBe(demo.CertificateThumbprint);
  });

  test('a repeated assertion (skipCache) is accepted, as msal-node re-sends its cached jti', async () => {
    const cca = client({ clientCertificate: { thumbprintSha256: thumbprints(demoKey.certPem).sha256, privateKey: demoKey.keyPem } });
    const first = await cca.acquireTokenByClientCredential({ scopes: graphScope() });
    const second = await cca.acquireTokenByClientCredential({ scopes: graphScope(), skipCache: true });
    const cached = await cca.acquireTokenByClientCredential({ scopes: graphScope() });
    expect(first?.fromCache).toBe(false);
    expect(second?.fromCache).toBe(false);
    expect(cached?.fromCache).toBe(true);
  });

  test('a certificate the user made (New-SelfSignedCertificate style) registered on a new app', async () => {
    const own = makeCertificate('CN=My Sandbox App');
    const app = addApplicationTo(sandbox, { displayName: 'My Sandbox App', certificate: own.certPem, permissions: ['Application.Read.All'] });
    expect(app.certificateThumbprint).toBe(thumbprints(own.certPem).sha1);
    const { claims } = await tokenClaims(client({ clientCertificate: { thumbprintSha256: thumbprints(own.certPem).sha256, privateKey: own.keyPem } }, sandbox.authority, app.applicationId));
    expect(claims).toMatchObject({ appid: app.applicationId, app_displayname: 'My Sandbox App', roles: ['Application.Read.All'], oid: app.servicePrincipalId });
  }, KEYGEN_TIMEOUT_MS);
});

describe('client secret', () => {
  test('the demo secret, tenant by GUID', async () => {
    const { claims } = await tokenClaims(client({ clientSecret: demo.ClientSecret }));
    expect(claims).toMatchObject({ appid: demo.ApplicationId, appidacr: '1', tid: demo.TenantId });
  });

  test('tenant named by its verified domain', async () => {
    const { claims } = await tokenClaims(client({ clientSecret: demo.ClientSecret }, `${sandbox.authorityHost}/${demo.TenantDomain}`));
    expect(claims.tid).toBe(demo.TenantId);
  });

  test('a new app with a new secret and no permissions gets a token without roles', async () => {
    const app = addApplicationTo(sandbox, { displayName: 'Secret App', newSecret: true });
    expect(app.clientSecret).toMatch(/^[A-Za-z0-9_-]{40}$/);
    const { claims } = await tokenClaims(client({ clientSecret: app.clientSecret! }, sandbox.authority, app.applicationId));
    expect(claims.appid).toBe(app.applicationId);
    expect(claims).not.toHaveProperty('roles');
  });

  test('the token works on Graph', async () => {
    const { result } = await tokenClaims(client({ clientSecret: demo.ClientSecret }));
    const users = await request(`${sandbox.graphEndpoint}/v1.0/users?$top=2`, { ca: sandbox.caCertificatePem, headers: { authorization: `Bearer ${result.accessToken}` } });
    expect(users.status).toBe(200);
    expect(users.json.value).toHaveLength(2);
  });

  test('a wrong secret fails with msal ServerError invalid_client / AADSTS7000215', async () => {
    await expect(client({ clientSecret: 'not-the-secret' }).acquireTokenByClientCredential({ scopes: graphScope() })).rejects.toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: expect.stringContaining(`AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${demo.ApplicationId}'.`),
    });
  });
});
