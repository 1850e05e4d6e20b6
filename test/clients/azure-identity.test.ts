// @azure/identity from npm (ClientSecretCredential, ClientCertificateCredential, ManagedIdentityCredential) and fetch
// against a loopback sandbox, in a child process that trusts the sandbox CA through NODE_EXTRA_CA_CERTS and may not
// open a socket outside loopback (IMDS above all). Every case is judged against Entra's and Graph's own answers.
import path from 'node:path';
import { KEYGEN_TIMEOUT_MS } from '../sandbox/helpers';
import { expectedObservations, REPO_ROOT, runClient, startClientSandbox, unregisteredCertificateTexts, type ClientRun, type ClientSandbox } from './sandbox-clients';

let s: ClientSandbox;
let run: ClientRun;

beforeAll(async () => {
  s = await startClientSandbox();
  const guard = path.join(REPO_ROOT, 'test/setup/loopback-guard.js');
  run = await runClient(process.execPath, ['--require', guard, path.join(__dirname, 'node/azure-identity-client.js')], s.env, 60_000);
}, KEYGEN_TIMEOUT_MS);
afterAll(() => s?.sandbox.close());

test('the client ran to the end and touched nothing outside loopback', () => {
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
});

describe('every case as Entra and Graph answer it', () => {
  test.each(Object.entries(expectedObservations()))('%s', (name, expected) => {
    expect(run.cases.get(name)).toMatchObject(expected);
  });
});

describe('what @azure/identity itself makes of the failures', () => {
  test('an invalid_client answer is an AuthenticationRequiredError carrying Entra\'s error and codes', () => {
    for (const name of ['secret-wrong', 'certificate-unregistered']) {
      expect(run.cases.get(name)).toMatchObject({ errorName: 'AuthenticationRequiredError', message: expect.stringMatching(/^invalid_client: Error\(s\): 7000/) });
    }
    expect(run.cases.get('application-unknown').message).toMatch(/^unauthorized_client: Error\(s\): 700016 /);
  });

  test('an unregistered certificate: 700027 naming the SHA-256 thumbprint msal-node sent', () => {
    const observed = run.cases.get('certificate-unregistered');
    expect(observed.aadsts).toEqual([700027]);
    expect(observed.message).toContain(unregisteredCertificateTexts(s)[0]);
  });

  test('an unknown tenant fails at discovery (msal-node reads the OIDC document first), not with a token', () => {
    expect(run.cases.get('tenant-unknown')).toMatchObject({ ok: false, errorName: 'CredentialUnavailableError', message: expect.stringContaining('endpoints_resolution_error') });
  });

  test('an identity that is not assigned: CredentialUnavailableError with App Service\'s text', () => {
    expect(run.cases.get('managed-identity-not-assigned').errorName).toBe('CredentialUnavailableError');
  });
});
