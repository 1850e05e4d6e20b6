// MSAL.NET 4.92.0, Azure.Identity 1.21.0 and the Microsoft Graph SDK 6.10.0 (test/clients/dotnet, restored from NuGet)
// against a loopback sandbox: certificate, secret and managed-identity credentials, Graph list/filter/select/top/count/
// paging, every failure with its AADSTS or Graph code. The program may open no connection outside loopback: its one
// HTTP handler refuses any other host, and where strace exists every connect(2) of the process is checked as well.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { KEYGEN_TIMEOUT_MS, tempFolder } from '../sandbox/helpers';
import { entra } from '../../src/sandbox/messages';
import { expectedObservations, runClient, startClientSandbox, unregisteredCertificateTexts, type ClientRun, type ClientSandbox } from './sandbox-clients';

const PROJECT = path.join(__dirname, 'dotnet');
const hasDotnet = spawnSync('dotnet', ['--version'], { encoding: 'utf8' }).status === 0;
const hasStrace = spawnSync('strace', ['-V'], { encoding: 'utf8' }).status === 0;

if (!hasDotnet) {
  console.warn('!!! SKIPPED: the .NET client test (MSAL.NET, Azure.Identity, Graph SDK) needs `dotnet` on PATH, and it is not there !!!');
  test.skip('.NET clients against the sandbox: `dotnet` is not on PATH', () => undefined);
} else {
  let s: ClientSandbox;
  let run: ClientRun;
  let connects: string[] = [];

  beforeAll(async () => {
    // Incremental: .ci/run restores and builds first, so this is a no-op there (a cold restore and build is ~40 s).
    const build = spawnSync('dotnet', ['build', PROJECT, '-c', 'Release', '--nologo', '-v', 'q', '-clp:ErrorsOnly'], { encoding: 'utf8', timeout: 240_000 });
    if (build.status !== 0) throw new Error(`dotnet build failed:\n${build.stdout}${build.stderr}`);
    s = await startClientSandbox();
    const dll = path.join(PROJECT, 'bin/Release/net10.0/SandboxClients.dll');
    const trace = path.join(tempFolder('psnode-dotnet-trace-'), 'connect.txt');
    const [command, args] = hasStrace ? ['strace', ['-f', '-qq', '-e', 'trace=connect', '-o', trace, 'dotnet', dll]] : ['dotnet', [dll]];
    run = await runClient(command, args as string[], { ...s.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' }, 120_000);
    if (hasStrace) connects = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => /connect\(/.test(line) && /AF_INET6?/.test(line));
  }, 300_000 + KEYGEN_TIMEOUT_MS);
  afterAll(() => s?.sandbox.close());

  test('the program ran to the end and connected to nothing outside loopback', () => {
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    if (!hasStrace) return console.warn('strace is missing: connect(2) calls of the .NET client were not checked');
    const outside = connects.filter((line) => !/inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|inet_pton\(AF_INET6, "::ffff:127\./.test(line));
    expect(outside).toEqual([]);
    expect(connects.length).toBeGreaterThan(0);
  });

  const shared = Object.entries(expectedObservations());
  const tokenCases = shared.filter(([name]) => !name.startsWith('graph-'));
  const graphCases = shared.filter(([name]) => name.startsWith('graph-'));
  describe.each(['msal', 'azure-identity'])('%s: every token case as Entra answers it', (library) => {
    test.each(tokenCases)('%s', (name, expected) => {
      expect(run.cases.get(`${library}/${name}`)).toMatchObject(expected);
    });

    test('an unregistered certificate: 700027 naming the thumbprint the client sent', () => {
      const observed = run.cases.get(`${library}/certificate-unregistered`);
      expect(observed).toMatchObject({ ok: false, aadsts: [700027] });
      expect(unregisteredCertificateTexts(s).some((text) => observed.message.includes(text))).toBe(true);
    });

    test('an unknown tenant: 90002 with Entra\'s text', () => {
      expect(run.cases.get(`${library}/tenant-unknown`)).toMatchObject({ ok: false, aadsts: [90002], message: expect.stringContaining(entra.tenantNotFound('00000000-0000-0000-0000-00000000dcba').text) });
    });
  });

  describe('MSAL.NET\'s exceptions carry Entra\'s error and status', () => {
    test.each([
      ['secret-wrong', 'invalid_client', 401],
      ['certificate-unregistered', 'invalid_client', 401],
      ['application-unknown', 'unauthorized_client', 400],
      ['scope-not-default', 'invalid_scope', 400],
    ])('%s → %s %d', (name, error, status) => {
      expect(run.cases.get(`msal/${name}`)).toMatchObject({ errorName: 'MsalServiceException', error, status });
    });
  });

  test('Azure.Identity wraps them in AuthenticationFailedException around MSAL.NET\'s exception', () => {
    expect(run.cases.get('azure-identity/secret-wrong')).toMatchObject({ errorName: 'AuthenticationFailedException', error: 'invalid_client', status: 401, outerMessage: expect.stringMatching(/^ClientSecretCredential authentication failed: /) });
    expect(run.cases.get('azure-identity/certificate-unregistered').outerMessage).toMatch(/^ClientCertificateCredential authentication failed: /);
    expect(run.cases.get('azure-identity/managed-identity-not-assigned')).toMatchObject({ errorName: 'AuthenticationFailedException', outerMessage: expect.stringMatching(/^ManagedIdentityCredential authentication failed: /) });
  });

  test.each(['msal', 'azure-identity'])('%s took the App Service managed-identity source (IDENTITY_ENDPOINT), never IMDS', (library) => {
    expect(run.cases.get(`${library}/managed-identity-not-assigned`)).toMatchObject({ error: 'managed_identity_request_failed', status: 400, message: expect.stringContaining("issued by the 'AppService' managed identity source") });
  });

  describe('Graph SDK: every Graph case as Graph answers it', () => {
    test.each(graphCases)('%s', (name, expected) => {
      expect(run.cases.get(`graph-sdk/${name}`)).toMatchObject(expected);
    });
  });
}
