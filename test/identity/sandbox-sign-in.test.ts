// Real sign-ins with msal-node against the sandbox tenant, through the I/O worker, from a fresh worker and home.
import fs from 'node:fs';
import path from 'node:path';
import { IdentityRuntime, type AuthContext } from '../../src/identity';
import { IdentityError } from '../../src/identity/identity-error';
import { SyncBridge } from '../../src/identity/sync-bridge';
import { loadCertificate } from '../../src/pki/load';
import { createSelfSignedCertificate } from '../../src/pki/self-signed';
import { CertificateStore } from '../../src/pki/store';
import { demoPfx, demoTenantInfo } from '../../src/sandbox';
import { useTempHome } from './helpers/temp-home';

// The sandbox makes its keys on first start, which takes seconds on a busy machine.
jest.setTimeout(120_000);

const { home } = useTempHome('all');
const demo = demoTenantInfo();
let bridge: SyncBridge;
let identity: IdentityRuntime;

beforeAll(() => {
  bridge = new SyncBridge();
  identity = new IdentityRuntime({ bridge, env: { ...process.env, PSNODE_ENVIRONMENT: 'Sandbox' } });
});
afterAll(async () => {
  bridge.call('sandbox.stop', {}, { timeoutMs: 10_000, onTimeout: () => new IdentityError('System.TimeoutException', 'stop') });
  await bridge.stop();
});
afterEach(() => {
  if (identity.session.context) identity.session.disconnect();
});

function thrown(run: () => unknown): IdentityError {
  try {
    run();
  } catch (error) {
    return error as IdentityError;
  }
  throw new Error('expected an error');
}

const certificateSet = { parameterSetName: 'AppCertificateParameterSet' as const, ClientId: demo.ApplicationId, TenantId: demo.TenantId };
const appOnly = (overrides: Partial<AuthContext>): AuthContext => ({
  ClientId: demo.ApplicationId,
  TenantId: demo.TenantId,
  Scopes: demo.GrantedPermissions,
  AuthType: 'AppOnly',
  TokenCredentialType: 'ClientCertificate',
  CertificateThumbprint: null,
  CertificateSubjectName: null,
  SendCertificateChain: false,
  Account: null,
  AppName: demo.ApplicationName,
  ContextScope: 'Process',
  Certificate: null,
  PSHostVersion: null,
  ManagedIdentityId: null,
  ClientSecret: null,
  Environment: 'Sandbox',
  ...overrides,
});

describe('certificate', () => {
  test('by thumbprint (any case): the demo certificate from CurrentUser\\My, the context of §3.3, the welcome', () => {
    const thumbprint = demo.CertificateThumbprint.toLowerCase();
    const { context, welcome } = identity.session.connect({ ...certificateSet, CertificateThumbprint: thumbprint });
    expect(context).toEqual(appOnly({ CertificateThumbprint: thumbprint }));
    expect(welcome).toBe(
      'Welcome to Microsoft Graph!\n\n' +
        `Connected via apponly access using ${demo.ApplicationId}\n` +
        'Readme: https://aka.ms/graph/sdk/powershell\nSDK Docs: https://aka.ms/graph/sdk/powershell/docs\nAPI Docs: https://aka.ms/graph/docs\n\n' +
        'NOTE: You can use the -NoWelcome parameter to suppress this message.\n',
    );
    // The sandbox put its demo certificate in the user's store, as .NET keeps it.
    expect(fs.existsSync(path.join(home(), '.dotnet/corefx/cryptography/x509stores/my', `${demo.CertificateThumbprint}.pfx`))).toBe(true);
  });

  test('by subject name, sending the chain (x5c)', () => {
    const { context } = identity.session.connect({ ...certificateSet, CertificateSubjectName: demo.CertificateSubject, SendCertificateChain: true });
    expect(context).toEqual(appOnly({ CertificateSubjectName: demo.CertificateSubject, SendCertificateChain: true }));
  });

  test('-Certificate: the object itself is kept in the context', () => {
    const certificate = loadCertificate(demoPfx(), { password: null });
    const { context } = identity.session.connect({ ...certificateSet, Certificate: certificate });
    expect(context).toEqual(appOnly({ Certificate: certificate }));
  });

  test('a certificate the app does not know: AADSTS700027 behind the invalid_client wrapping', () => {
    const stranger = createSelfSignedCertificate({ subject: 'CN=stranger', keyLength: 2048 });
    new CertificateStore('CurrentUser', 'My').add(stranger);
    const error = thrown(() => identity.session.connect({ ...certificateSet, CertificateThumbprint: stranger.thumbprint }));
    expect(error.exceptionType).toBe('Azure.Identity.AuthenticationFailedException');
    expect(error.message).toMatch(
      /^ClientCertificateCredential authentication failed: A configuration issue is preventing authentication - check the error message from the server for details\. You can modify the configuration in the application registration portal\. See https:\/\/aka\.ms\/msal-net-invalid-client for details\.  Original exception: AADSTS700027: /,
    );
    // msal-node identifies the key by its SHA-256 thumbprint (x5t#S256).
    expect(error.message).toContain(`Thumbprint of key used by client: '${stranger.getCertHashString('SHA256')}'`);
    expect(identity.session.context).toBeUndefined();
  });

  test('an expired certificate is invisible to the lookup', () => {
    const expired = createSelfSignedCertificate({ subject: 'CN=expired', keyLength: 2048, notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    new CertificateStore('CurrentUser', 'My').add(expired);
    expect(thrown(() => identity.session.connect({ ...certificateSet, CertificateThumbprint: expired.thumbprint })).message).toBe(
      `Certificate with thumbprint '${expired.thumbprint}' was not found in certificate store or has expired.`,
    );
  });

  test('an unknown tenant: AADSTS90002, no configuration text', () => {
    const tenant = '00000000-1111-2222-3333-444444444444';
    const error = thrown(() => identity.session.connect({ ...certificateSet, TenantId: tenant, CertificateThumbprint: demo.CertificateThumbprint }));
    expect(error.message).toMatch(new RegExp(`^ClientCertificateCredential authentication failed: AADSTS90002: Tenant '${tenant}' not found\\. `));
  });

  test('an unknown application: AADSTS700016', () => {
    const app = '99999999-8888-7777-6666-555555555555';
    const error = thrown(() => identity.session.connect({ ...certificateSet, ClientId: app, CertificateThumbprint: demo.CertificateThumbprint }));
    expect(error.message).toMatch(
      new RegExp(`^ClientCertificateCredential authentication failed: AADSTS700016: Application with identifier '${app}' was not found in the directory '${demo.TenantDisplayName}'\\.`),
    );
  });
});

describe('client secret', () => {
  const secretSet = (password: string) => ({
    parameterSetName: 'AppSecretCredentialParameterSet' as const,
    TenantId: demo.TenantId,
    ClientSecretCredential: { userName: demo.ApplicationId, password, secureString: { shown: 'System.Security.SecureString' } },
  });

  test('signs in; the context keeps the SecureString, never the text', () => {
    const { context, welcome } = identity.session.connect(secretSet(demo.ClientSecret));
    expect(context).toEqual(appOnly({ TokenCredentialType: 'ClientSecret', ClientSecret: { shown: 'System.Security.SecureString' } }));
    expect(JSON.stringify(context)).not.toContain(demo.ClientSecret);
    expect(welcome).toContain(`Connected via apponly access using ${demo.ApplicationId}\n`);
  });

  test('a wrong secret: AADSTS7000215 behind the invalid_client wrapping, and the session is cleared', () => {
    identity.session.connect(secretSet(demo.ClientSecret));
    const error = thrown(() => identity.session.connect(secretSet('not-the-secret')));
    expect(error.message).toMatch(
      new RegExp(
        "^ClientSecretCredential authentication failed: A configuration issue is preventing authentication - check the error message from the server for details\\. You can modify the configuration in the application registration portal\\. See https://aka\\.ms/msal-net-invalid-client for details\\.  Original exception: AADSTS7000215: Invalid client secret provided\\. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '" +
          demo.ApplicationId +
          "'\\.",
      ),
    );
    expect(identity.session.context).toBeUndefined();
  });
});

describe('the session', () => {
  test('Graph calls carry the token; Graph errors come back as data', () => {
    identity.session.connect({ ...certificateSet, CertificateThumbprint: demo.CertificateThumbprint });
    const users = identity.graph.request({ method: 'GET', uri: 'v1.0/users?$top=2' });
    expect(users.status).toBe(200);
    expect((users.json as { value: unknown[] }).value).toHaveLength(2);
    const missing = identity.graph.request({ method: 'GET', uri: '/v1.0/users/00000000-0000-0000-0000-000000000000' });
    expect(missing.status).toBe(404);
    expect(missing.error).toEqual({
      code: 'Request_ResourceNotFound',
      message: "Resource '00000000-0000-0000-0000-000000000000' does not exist or one of its queried reference-property objects are not present.",
    });
  });

  test('ContextScope CurrentUser keeps the context, without secrets, in ~/.mg (0600); Disconnect deletes it', () => {
    identity.session.connect({
      parameterSetName: 'AppSecretCredentialParameterSet',
      TenantId: demo.TenantId,
      ContextScope: 'CurrentUser',
      ClientSecretCredential: { userName: demo.ApplicationId, password: demo.ClientSecret, secureString: {} },
    });
    const file = path.join(home(), '.mg', 'mg.authrecord.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ ClientId: demo.ApplicationId, TenantId: demo.TenantId, ContextScope: 'CurrentUser', AuthType: 'AppOnly' });
    expect(text).not.toContain(demo.ClientSecret);
    identity.session.disconnect();
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('-EnvironmentVariable', () => {
  const withEnv = (vars: Record<string, string>) =>
    new IdentityRuntime({ bridge, env: { ...process.env, PSNODE_ENVIRONMENT: 'Sandbox', AZURE_CLIENT_ID: demo.ApplicationId, AZURE_TENANT_ID: demo.TenantId, ...vars } });

  test('AZURE_CLIENT_SECRET', () => {
    const runtime = withEnv({ AZURE_CLIENT_SECRET: demo.ClientSecret });
    const { context, welcome } = runtime.session.connect({ parameterSetName: 'EnvironmentVariableParameterSet', EnvironmentVariable: true });
    expect(context).toMatchObject({ ClientId: demo.ApplicationId, AuthType: 'EnvironmentVariable', TokenCredentialType: 'EnvironmentVariable', AppName: demo.ApplicationName });
    expect(welcome).toContain(`Connected via environmentvariable access using ${demo.ApplicationId}\n`);
  });

  test('AZURE_CLIENT_CERTIFICATE_PATH (a PFX file)', () => {
    const file = path.join(home(), 'demo.pfx');
    fs.writeFileSync(file, demoPfx());
    const runtime = withEnv({ AZURE_CLIENT_CERTIFICATE_PATH: file });
    expect(runtime.session.connect({ parameterSetName: 'EnvironmentVariableParameterSet', EnvironmentVariable: true }).context.ClientId).toBe(demo.ApplicationId);
  });
});

describe('assertion kinds msal-node sends', () => {
  test('SHA-1 thumbprint (RS256 + x5t) is accepted by the sandbox as well as SHA-256 (PS256 + x5t#S256)', async () => {
    const { signIn } = await import('../../src/identity/msal-sign-in');
    const { signInMaterial } = await import('../../src/pki/sign-in-material');
    const material = signInMaterial(loadCertificate(demoPfx(), { password: null }))!;
    const sandbox = identity.sandbox();
    const request = {
      kind: 'ClientCertificate' as const,
      credentialName: 'ClientCertificateCredential' as const,
      authority: `${sandbox.azureADEndpoint}/${demo.TenantId}`,
      knownAuthorities: [new URL(sandbox.azureADEndpoint).host],
      clientId: demo.ApplicationId,
      scopes: [`${sandbox.graphEndpoint}/.default`],
      transport: { ca: sandbox.caPem, loopbackOnly: true },
    };
    const msal = require('@azure/msal-node');
    for (const certificate of [{ thumbprint: material.thumbprint }, { thumbprintSha256: material.thumbprintSha256 }]) {
      const token = await signIn({ ...request, certificate: { privateKey: material.privateKeyPem, ...certificate } }, { msal });
      const claims = JSON.parse(Buffer.from(token.accessToken.split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ appid: demo.ApplicationId, tid: demo.TenantId, roles: demo.GrantedPermissions });
    }
  });
});
