// Plumbing for the real-client tests: a loopback sandbox with the files a client needs (CA, certificates as PEM), the
// client's config, a child process run, and what every client must see for each case it reports.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startSandbox, demoTenantInfo, demoPfx, type RunningSandbox } from '../../src/sandbox/index';
import { demoTenant } from '../../src/sandbox/demo/demo-tenant';
import { entra, graph, managedIdentity } from '../../src/sandbox/messages';
import { demoKeyPair, keyedLocation, makeCertificate, tempFolder, thumbprints } from '../sandbox/helpers';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const demo = demoTenantInfo();

export interface ClientSandbox {
  sandbox: RunningSandbox;
  /** SANDBOX_CLIENT_CONFIG for the client programs. */
  config: Record<string, string>;
  /** The environment a client runs in: the sandbox's managed-identity variables, the CA, the config. */
  env: NodeJS.ProcessEnv;
  unregisteredThumbprints: { sha1: string; sha256: string };
}

/** Variables that would point a managed-identity client at another source (IMDS, Arc, Service Fabric, Cloud Shell). */
const OTHER_MANAGED_IDENTITY_SOURCES = ['MSI_ENDPOINT', 'MSI_SECRET', 'IMDS_ENDPOINT', 'IDENTITY_SERVER_THUMBPRINT', 'AZURE_POD_IDENTITY_AUTHORITY_HOST', 'AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_FEDERATED_TOKEN_FILE', 'MSAL_FORCE_REGION', 'REGION_NAME'];

export async function startClientSandbox(): Promise<ClientSandbox> {
  const sandbox = await startSandbox({ location: await keyedLocation() });
  const files = tempFolder('psnode-client-files-');
  const write = (name: string, text: string) => {
    const file = path.join(files, name);
    fs.writeFileSync(file, text, { mode: 0o600 });
    return file;
  };
  const demoKey = demoKeyPair(demoPfx());
  const other = makeCertificate('CN=not registered on the demo app');
  const config = {
    authorityHost: sandbox.authorityHost,
    tenantId: demo.TenantId,
    tenantDomain: demo.TenantDomain,
    clientId: demo.ApplicationId,
    clientSecret: demo.ClientSecret,
    certificatePemPath: write('demo.pem', demoKey.keyPem + demoKey.certPem),
    unregisteredCertificatePemPath: write('other.pem', other.keyPem + other.certPem),
    caCertificatePath: write('ca.pem', sandbox.caCertificatePem),
    graphEndpoint: sandbox.graphEndpoint,
    identityEndpoint: sandbox.identityEndpoint,
    identityHeader: sandbox.identityHeader,
    userAssignedClientId: demo.UserAssignedIdentityClientId,
    userAssignedResourceId: demo.UserAssignedIdentityResourceId,
    groupId: allCompanyGroupId(),
  };
  const env: NodeJS.ProcessEnv = { ...process.env, IDENTITY_ENDPOINT: sandbox.identityEndpoint, IDENTITY_HEADER: sandbox.identityHeader, NODE_EXTRA_CA_CERTS: config.caCertificatePath, SANDBOX_CLIENT_CONFIG: JSON.stringify(config) };
  for (const name of OTHER_MANAGED_IDENTITY_SOURCES) delete env[name];
  const { sha1, sha256 } = thumbprints(other.certPem);
  return { sandbox, config, env, unregisteredThumbprints: { sha1, sha256 } };
}

function allCompanyGroupId(): string {
  return demoTenant().groups.find((g) => g.displayName === 'All Company')!.id;
}

export interface ClientRun {
  /** Each reported case by name. */
  cases: Map<string, any>;
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/** Runs a client program without blocking this process's event loop (the sandbox serves it from here). */
export function runClient(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ClientRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const cases = new Map<string, any>();
      for (const line of stdout.split('\n')) {
        if (!line.startsWith('{')) continue;
        const observation = JSON.parse(line);
        cases.set(observation.case, observation);
      }
      resolve({ cases, stdout, stderr, exitCode });
    });
  });
}

const GRAPH = 'https://graph.microsoft.com';

/** What every client must report for each case: claims of a token, or the AADSTS/Graph code and Entra's own text. */
export function expectedObservations(): Record<string, Record<string, unknown>> {
  const users = demoTenant().users;
  const app = { ok: true, aud: GRAPH, appid: demo.ApplicationId, tid: demo.TenantId, idtyp: 'app', roles: demo.GrantedPermissions };
  const userAssigned = { ok: true, aud: GRAPH, appid: demo.UserAssignedIdentityClientId, tid: demo.TenantId, idtyp: 'app', roles: ['User.Read.All'] };
  const entraFailure = (failure: { codes: number[]; text: string }) => ({ ok: false, aadsts: failure.codes, message: expect.stringContaining(failure.text) });
  const graphFailure = (status: number, failure: { code: string; message: string }) => ({ status, ...failure });
  return {
    secret: app,
    'secret-tenant-domain': app,
    certificate: app,
    'certificate-x5c': app,
    'managed-identity-system': { ok: true, aud: GRAPH, appid: demo.SystemAssignedIdentityClientId, tid: demo.TenantId, idtyp: 'app', roles: [] },
    'managed-identity-user-client-id': userAssigned,
    'managed-identity-user-resource-id': userAssigned,
    'managed-identity-other-resource': { ...userAssigned, aud: 'https://vault.azure.net', roles: [] },
    'secret-wrong': entraFailure(entra.invalidSecret(demo.ApplicationId)),
    'application-unknown': entraFailure(entra.applicationNotFound('00000000-0000-0000-0000-00000000abcd', demo.TenantDisplayName)),
    'scope-not-default': entraFailure(entra.scopeNotDefault(`${GRAPH}/User.Read.All`)),
    'managed-identity-not-assigned': { ok: false, message: expect.stringContaining(managedIdentity.notAssigned) },
    'graph-list': { status: 200, count: users.length, nextLink: null },
    'graph-filter': { status: 200, displayNames: users.map((u) => u.displayName).filter((n) => n.startsWith('A')) },
    'graph-select': { status: 200, keys: ['id', 'displayName'] },
    'graph-top-paging': { pageSizes: [5, 5, 2], ids: users.map((u) => u.id) },
    'graph-count': { status: 200, count: users.length },
    'graph-count-segment': { status: 200, body: users.length },
    'graph-members-cast': { status: 200, count: users.length },
    'graph-managed-identity': { status: 200, count: 1 },
    'graph-count-without-eventual': graphFailure(400, graph.countNeedsEventual),
    'graph-user-unknown': graphFailure(404, graph.resourceNotFound('00000000-0000-0000-0000-000000000bad')),
    'graph-filter-invalid': graphFailure(400, graph.invalidFilter),
    'graph-no-permission': graphFailure(403, graph.insufficientPrivileges),
    'graph-wrong-audience': graphFailure(401, graph.tokenInvalidAudience),
    'graph-no-token': graphFailure(401, graph.tokenEmpty),
  };
}

/** The unregistered certificate's 700027, named by whichever thumbprint the client's assertion carried. */
export function unregisteredCertificateTexts(s: ClientSandbox): string[] {
  return [s.unregisteredThumbprints.sha256, s.unregisteredThumbprints.sha1].map((t) => entra.certificateNotRegistered(t, demo.ApplicationId).text);
}
