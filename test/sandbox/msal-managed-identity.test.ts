// msal-node's ManagedIdentityApplication against the sandbox's App Service style endpoint, system- and user-assigned.
// msal-node freezes its MI source on the first call in a process (reference/msal.md §2), so this file sets
// IDENTITY_ENDPOINT / IDENTITY_HEADER before any MI call and keeps one sandbox for the whole file.
import { ManagedIdentityApplication } from '@azure/msal-node';
import { startSandbox, demoTenantInfo, type RunningSandbox } from '../../src/sandbox/index';
import { decodeJwt, isolateHome, KEYGEN_TIMEOUT_MS, loopbackNetworkClient, request } from './helpers';

const demo = demoTenantInfo();
let sandbox: RunningSandbox;

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ inMemory: true });
  process.env.IDENTITY_ENDPOINT = sandbox.identityEndpoint;
  process.env.IDENTITY_HEADER = sandbox.identityHeader;
}, KEYGEN_TIMEOUT_MS);
afterAll(() => sandbox.close());

const networkClient = () => loopbackNetworkClient();

describe('msal-node ManagedIdentityApplication', () => {
  test('system-assigned identity', async () => {
    const mi = new ManagedIdentityApplication({ system: { networkClient: networkClient(), disableInternalRetries: true } });
    expect(mi.getManagedIdentitySource()).toBe('AppService');
    const result = await mi.acquireToken({ resource: sandbox.graphEndpoint });
    const { claims } = decodeJwt(result.accessToken);
    expect(claims).toMatchObject({
      aud: sandbox.graphEndpoint,
      appid: demo.SystemAssignedIdentityClientId,
      app_displayname: 'psnode-sandbox-host',
      appidacr: '2',
      idtyp: 'app',
      tid: demo.TenantId,
    });
    expect(claims).not.toHaveProperty('roles');
    expect(result.expiresOn!.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  test('user-assigned identity by client id, with its granted role', async () => {
    const mi = new ManagedIdentityApplication({
      managedIdentityIdParams: { userAssignedClientId: demo.UserAssignedIdentityClientId },
      system: { networkClient: networkClient(), disableInternalRetries: true },
    });
    const result = await mi.acquireToken({ resource: `${sandbox.graphEndpoint}/.default` });
    const { claims } = decodeJwt(result.accessToken);
    expect(claims).toMatchObject({ appid: demo.UserAssignedIdentityClientId, roles: ['User.Read.All'], xms_mirid: demo.UserAssignedIdentityResourceId });
    const users = await request(`${sandbox.graphEndpoint}/v1.0/users?$top=1`, { ca: sandbox.caCertificatePem, headers: { authorization: `Bearer ${result.accessToken}` } });
    expect(users.status).toBe(200);
  });

  test('user-assigned identity by resource id', async () => {
    const mi = new ManagedIdentityApplication({
      managedIdentityIdParams: { userAssignedResourceId: demo.UserAssignedIdentityResourceId },
      system: { networkClient: networkClient(), disableInternalRetries: true },
    });
    const result = await mi.acquireToken({ resource: 'https://management.azure.com' });
    expect(decodeJwt(result.accessToken).claims).toMatchObject({ aud: 'https://management.azure.com', appid: demo.UserAssignedIdentityClientId });
  });

  test('an identity that is not assigned fails with App Service\'s message', async () => {
    const mi = new ManagedIdentityApplication({
      managedIdentityIdParams: { userAssignedClientId: '00000000-0000-0000-0000-000000000001' },
      system: { networkClient: networkClient(), disableInternalRetries: true },
    });
    await expect(mi.acquireToken({ resource: sandbox.graphEndpoint })).rejects.toThrow('Unable to load the proper Managed Identity.');
  });
});

describe('raw managed-identity endpoint', () => {
  const url = (query: string) => `${sandbox.identityEndpoint}?${query}`;
  const withHeader = () => ({ 'x-identity-header': sandbox.identityHeader });

  test('object_id selects a user-assigned identity and the answer echoes client_id', async () => {
    const response = await request(url(`api-version=2019-08-01&resource=https://vault.azure.net&object_id=3d116b43-1b97-4db3-8f81-2328ba60e0d9`), { headers: withHeader() });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ token_type: 'Bearer', resource: 'https://vault.azure.net', client_id: demo.UserAssignedIdentityClientId });
    expect(Number(response.json.expires_on)).toBeGreaterThan(Date.now() / 1000 + 3500);
  });

  test('a wrong or missing X-IDENTITY-HEADER is a 401', async () => {
    const missing = await request(url('api-version=2019-08-01&resource=https://vault.azure.net'));
    const wrong = await request(url('api-version=2019-08-01&resource=https://vault.azure.net'), { headers: { 'x-identity-header': 'nope' } });
    for (const response of [missing, wrong]) {
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({ statusCode: 401, message: 'Unauthorized' });
      expect(response.headers['x-correlation-id']).toBe(response.json.correlationId);
    }
  });

  test('a wrong api-version or no resource is a 400', async () => {
    expect((await request(url('api-version=2017-09-01&resource=https://vault.azure.net'), { headers: withHeader() })).status).toBe(400);
    expect((await request(url('api-version=2019-08-01'), { headers: withHeader() })).status).toBe(400);
  });

  test('an identity that is not assigned is a 400 with App Service\'s body', async () => {
    const response = await request(url('api-version=2019-08-01&resource=https://vault.azure.net&client_id=11111111-1111-1111-1111-111111111111'), { headers: withHeader() });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ statusCode: 400, message: 'Unable to load the proper Managed Identity.', correlationId: expect.any(String) });
  });

  test('unknown routes are 400, not 404 (msal-node retries 404)', async () => {
    const response = await request(sandbox.identityEndpoint.replace('/msi/token', '/metadata/identity/oauth2/token'), { headers: withHeader() });
    expect(response.status).toBe(400);
  });
});
