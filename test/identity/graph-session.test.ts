// Connect without a token server (validation, the user-provided token) and Graph calls to a loopback server.
import fs from 'node:fs';
import path from 'node:path';
import { GraphClient } from '../../src/identity/graph-client';
import { IdentityError } from '../../src/identity/identity-error';
import { SyncBridge } from '../../src/identity/sync-bridge';
import { fakeAccessToken } from './helpers/recording-network-client';
import { makeSession } from './helpers/session';
import { startThreadedServer, type ThreadedServer } from './helpers/threaded-server';
import { useTempHome } from './helpers/temp-home';

const { home } = useTempHome();
const APP = '00001111-aaaa-2222-bbbb-3333cccc4444';
const TENANT = 'aaaabbbb-0000-cccc-1111-dddd2222eeee';
const token = (claims: Record<string, unknown> = {}) =>
  fakeAccessToken({ appid: APP, tid: TENANT, roles: ['User.Read.All', 'Group.Read.All'], app_displayname: 'My App', exp: Math.floor(Date.now() / 1000) + 3600, ...claims });

let bridge: SyncBridge;
let server: ThreadedServer;
beforeAll(async () => {
  server = await startThreadedServer();
});
beforeEach(() => {
  bridge = new SyncBridge();
});
afterEach(() => bridge.stop());
afterAll(() => server.close());

function thrown(run: () => unknown): IdentityError {
  try {
    run();
  } catch (error) {
    return error as IdentityError;
  }
  throw new Error('expected an error');
}

describe('Connect-MgGraph validation (terminating, before any sign-in)', () => {
  const certificateSet = { parameterSetName: 'AppCertificateParameterSet' as const };
  test.each([
    [{ ...certificateSet, TenantId: TENANT, CertificateThumbprint: 'A'.repeat(40) }, "Must specify 'ClientId'."],
    [{ ...certificateSet, ClientId: APP, TenantId: TENANT }, "Must specify 'CertificateThumbprint or CertificateSubjectName or Certificate'."],
    [{ ...certificateSet, ClientId: APP, TenantId: TENANT, CertificateThumbprint: 'YOUR_CERT_THUMBPRINT' },
      "'CertificateThumbprint' must have a length of 40. Ensure you have the right certificate thumbprint then try again."],
    [{ ...certificateSet, ClientId: APP, CertificateThumbprint: 'A'.repeat(40) }, "Must specify 'TenantId'."],
  ])('%o', (parameters, message) => {
    const { session } = makeSession(bridge);
    const error = thrown(() => session.connect(parameters));
    expect(error).toMatchObject({ message, terminating: true, category: 'InvalidArgument', exceptionType: 'System.ArgumentException' });
    expect(bridge.started).toBe(false);
  });

  test('a certificate missing from the stores: the module\'s ArgumentException, session cleared', () => {
    const { session } = makeSession(bridge);
    const error = thrown(() => session.connect({ ...certificateSet, ClientId: APP, TenantId: TENANT, CertificateThumbprint: 'AB'.repeat(20) }));
    expect(error).toMatchObject({
      message: `Certificate with thumbprint '${'AB'.repeat(20)}' was not found in certificate store or has expired.`,
      exceptionType: 'System.ArgumentException',
    });
    expect(error.terminating).toBeFalsy();
    expect(session.context).toBeUndefined();
  });

  test('a secret credential without a tenant fails inside Azure.Identity (non-terminating)', () => {
    const { session } = makeSession(bridge);
    const error = thrown(() =>
      session.connect({ parameterSetName: 'AppSecretCredentialParameterSet', ClientSecretCredential: { userName: APP, password: 'x', secureString: {} } }),
    );
    expect(error).toMatchObject({ message: "Value cannot be null. (Parameter 'tenantId')", exceptionType: 'System.ArgumentNullException' });
    expect(error.terminating).toBeFalsy();
  });

  test('-EnvironmentVariable with nothing set: EnvironmentCredential unavailable', () => {
    const { session } = makeSession(bridge, { env: {} });
    expect(thrown(() => session.connect({ parameterSetName: 'EnvironmentVariableParameterSet', EnvironmentVariable: true }))).toMatchObject({
      message: 'EnvironmentCredential authentication unavailable. Environment variables are not fully configured',
      exceptionType: 'Azure.Identity.CredentialUnavailableException',
    });
  });

  test('delegated sign-in (browser or device code) is not available: .NET\'s PlatformNotSupportedException text', () => {
    const { session } = makeSession(bridge, { env: {} });
    expect(thrown(() => session.connect({ parameterSetName: 'UserParameterSet', Scopes: ['User.Read.All'] }))).toMatchObject({
      message: 'Operation is not supported on this platform.',
      exceptionType: 'System.PlatformNotSupportedException',
    });
    expect(session.context).toBeUndefined();
  });

  test('-Identity with no managed-identity endpoint configured is refused, never probing the metadata service', () => {
    const { session } = makeSession(bridge, { env: {} });
    expect(thrown(() => session.connect({ parameterSetName: 'IdentityParameterSet', Identity: true }))).toMatchObject({
      message: 'ManagedIdentityCredential authentication unavailable. No Managed Identity endpoint found.',
      exceptionType: 'Azure.Identity.CredentialUnavailableException',
    });
  });
});

describe('Connect-MgGraph -AccessToken', () => {
  test('fills the context from the token\'s claims in the module\'s property order, and welcomes', () => {
    const { session } = makeSession(bridge, { env: {} });
    const { context, welcome } = session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token(), PSHostVersion: '7.6.9' });
    expect(Object.keys(context)).toEqual([
      'ClientId', 'TenantId', 'Scopes', 'AuthType', 'TokenCredentialType', 'CertificateThumbprint', 'CertificateSubjectName',
      'SendCertificateChain', 'Account', 'AppName', 'ContextScope', 'Certificate', 'PSHostVersion', 'ManagedIdentityId',
      'ClientSecret', 'Environment',
    ]);
    expect(context).toEqual({
      ClientId: APP,
      TenantId: TENANT,
      Scopes: ['User.Read.All', 'Group.Read.All'],
      AuthType: 'UserProvidedAccessToken',
      TokenCredentialType: 'UserProvidedAccessToken',
      CertificateThumbprint: null,
      CertificateSubjectName: null,
      SendCertificateChain: false,
      Account: null,
      AppName: 'My App',
      ContextScope: 'Process',
      Certificate: null,
      PSHostVersion: '7.6.9',
      ManagedIdentityId: null,
      ClientSecret: null,
      Environment: 'Global',
    });
    expect(welcome).toBe(
      'Welcome to Microsoft Graph!\n\n' +
        `Connected via userprovidedaccesstoken access using ${APP}\n` +
        'Readme: https://aka.ms/graph/sdk/powershell\n' +
        'SDK Docs: https://aka.ms/graph/sdk/powershell/docs\n' +
        'API Docs: https://aka.ms/graph/docs\n\n' +
        'NOTE: You can use the -NoWelcome parameter to suppress this message.\n',
    );
  });

  test('an expired token is refused with the module\'s text', () => {
    const { session } = makeSession(bridge, { env: {} });
    expect(thrown(() => session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token({ exp: 1000 }) })).message).toBe(
      'The provided access token has expired. Set a valid access token to `-AccessToken` parameter and try again.',
    );
    expect(session.context).toBeUndefined();
  });

  test('Disconnect returns the old context, then says there is nothing to sign out from', () => {
    const { session } = makeSession(bridge, { env: {} });
    const { context } = session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token() });
    expect(session.disconnect()).toBe(context);
    expect(session.context).toBeUndefined();
    expect(thrown(() => session.disconnect())).toMatchObject({ message: 'No application to sign out from.', category: 'CloseError' });
  });
});

describe('GraphClient', () => {
  function connected() {
    const { session, registry } = makeSession(bridge, { env: {} });
    registry.add('Loopback', server.url, server.url);
    session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token(), Environment: 'Loopback' });
    return { session, graph: new GraphClient(session, bridge) };
  }

  test('without a session: the module\'s "Authentication needed" error', () => {
    const { session } = makeSession(bridge, { env: {} });
    expect(thrown(() => new GraphClient(session, bridge).request({ method: 'GET', uri: 'v1.0/users' }))).toMatchObject({
      message: 'Authentication needed. Please call Connect-MgGraph.',
      category: 'AuthenticationError',
      terminating: true,
    });
  });

  test('relative and absolute URIs, the bearer token, JSON bodies', () => {
    const { graph, session } = connected();
    const relative = graph.request({ method: 'get', uri: 'v1.0/users?$top=1' });
    expect(relative.status).toBe(200);
    expect(relative.json).toMatchObject({ method: 'GET', url: '/v1.0/users?$top=1', body: '' });
    expect((relative.json as { authorization: string }).authorization).toBe(`Bearer ${session.accessToken()}`);
    const absolute = graph.request({ method: 'POST', uri: `${server.url}/v1.0/servicePrincipals/1/addPassword`, body: { passwordCredential: { displayName: 'x' } } });
    expect(absolute.json).toMatchObject({ method: 'POST', url: '/v1.0/servicePrincipals/1/addPassword', body: '{"passwordCredential":{"displayName":"x"}}' });
  });

  test('a refused connection is reported in .NET\'s words', () => {
    const { session, registry } = makeSession(bridge, { env: {} });
    registry.add('Closed', 'http://127.0.0.1:1', 'http://127.0.0.1:1');
    session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token(), Environment: 'Closed' });
    expect(thrown(() => new GraphClient(session, bridge).request({ method: 'GET', uri: 'v1.0/me' }))).toMatchObject({
      message: 'Connection refused (127.0.0.1:1)',
      exceptionType: 'System.Net.Http.HttpRequestException',
    });
  });

  test('-ClientTimeout of the session: HttpClient\'s timeout text', () => {
    const { session, registry } = makeSession(bridge, { env: {} });
    registry.add('Loopback', server.url, server.url);
    session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token(), Environment: 'Loopback', ClientTimeout: 0.3 });
    expect(thrown(() => new GraphClient(session, bridge).request({ method: 'GET', uri: 'never' }))).toMatchObject({
      message: 'The request was canceled due to the configured HttpClient.Timeout of 0.3 seconds elapsing.',
      exceptionType: 'System.Threading.Tasks.TaskCanceledException',
    });
  });
});

test('a user-provided token is always Process scope: nothing is written to ~/.mg', () => {
  const { session } = makeSession(bridge, { env: {} });
  session.connect({ parameterSetName: 'AccessTokenParameterSet', AccessToken: token(), ContextScope: 'CurrentUser' });
  const file = path.join(home(), '.mg', 'mg.authrecord.json');
  expect(fs.existsSync(file)).toBe(false); // AccessToken is always Process
});
