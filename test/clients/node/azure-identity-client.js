// A real client nobody here wrote: @azure/identity's credentials (certificate, secret, managed identity) get tokens
// from a loopback psnode sandbox, and Graph is called with fetch. Run as
//   node --require test/setup/loopback-guard.js test/clients/node/azure-identity-client.js
// with SANDBOX_CLIENT_CONFIG (JSON, see test/clients/sandbox-clients.ts) and NODE_EXTRA_CA_CERTS naming the sandbox CA.
// It prints one JSON line per case: what the client saw (claims or the error's codes); the jest test judges them.
'use strict';
const { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential } = require('@azure/identity');

const config = JSON.parse(process.env.SANDBOX_CLIENT_CONFIG);
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const common = { authorityHost: config.authorityHost, disableInstanceDiscovery: true, retryOptions: { maxRetries: 0 } };

function claimsOf(token) {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  return { aud: claims.aud, appid: claims.appid, tid: claims.tid, idtyp: claims.idtyp, roles: claims.roles ?? [] };
}

/** What a failed getToken shows a user: the error's class, its AADSTS codes and its message's first line. */
function failureOf(error) {
  const message = String(error.message);
  return {
    ok: false,
    errorName: error.name,
    error: error.errorResponse?.error,
    aadsts: [...new Set([...message.matchAll(/AADSTS(\d+)/g)].map((m) => Number(m[1])))],
    message,
  };
}

async function token(credential, scope = GRAPH_SCOPE) {
  try {
    const result = await credential.getToken(scope);
    return { ok: true, token: result.token, expiresOnTimestamp: result.expiresOnTimestamp, ...claimsOf(result.token) };
  } catch (error) {
    return failureOf(error);
  }
}

async function graph(path, accessToken, headers = {}) {
  const response = await fetch(path.startsWith('https:') ? path : `${config.graphEndpoint}/v1.0${path}`, {
    headers: { ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...headers },
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

const emit = (name, observation) => {
  const { token: _omitted, ...shown } = observation;
  process.stdout.write(`${JSON.stringify({ case: name, ...shown })}\n`);
};

const secret = (overrides = {}) => {
  const o = { tenantId: config.tenantId, clientId: config.clientId, clientSecret: config.clientSecret, ...overrides };
  return new ClientSecretCredential(o.tenantId, o.clientId, o.clientSecret, common);
};
const certificate = (certificatePath, sendCertificateChain = false) =>
  new ClientCertificateCredential(config.tenantId, config.clientId, { certificatePath }, { ...common, sendCertificateChain });
const managed = (id) => new ManagedIdentityCredential({ ...id, retryOptions: { maxRetries: 0 } });

async function main() {
  // Tokens.
  const bySecret = await token(secret());
  emit('secret', bySecret);
  emit('secret-tenant-domain', await token(secret({ tenantId: config.tenantDomain })));
  emit('certificate', await token(certificate(config.certificatePemPath)));
  emit('certificate-x5c', await token(certificate(config.certificatePemPath, true)));
  const systemAssigned = await token(managed({}), 'https://graph.microsoft.com');
  emit('managed-identity-system', systemAssigned);
  const userAssigned = await token(managed({ clientId: config.userAssignedClientId }));
  emit('managed-identity-user-client-id', userAssigned);
  emit('managed-identity-user-resource-id', await token(managed({ resourceId: config.userAssignedResourceId })));
  const vault = await token(managed({ clientId: config.userAssignedClientId }), 'https://vault.azure.net/.default');
  emit('managed-identity-other-resource', vault);

  // Token failures.
  emit('secret-wrong', await token(secret({ clientSecret: 'not-the-secret' })));
  emit('application-unknown', await token(secret({ clientId: '00000000-0000-0000-0000-00000000abcd' })));
  emit('tenant-unknown', await token(secret({ tenantId: '00000000-0000-0000-0000-00000000dcba' })));
  emit('certificate-unregistered', await token(certificate(config.unregisteredCertificatePemPath)));
  emit('scope-not-default', await token(secret(), 'https://graph.microsoft.com/User.Read.All'));
  emit('managed-identity-not-assigned', await token(managed({ clientId: '00000000-0000-0000-0000-0000000000ee' })));

  // Graph with the secret's token.
  const t = bySecret.token;
  const list = await graph('/users', t);
  emit('graph-list', { status: list.status, count: list.body.value?.length, nextLink: list.body['@odata.nextLink'] ?? null });
  const filtered = await graph(`/users?$filter=${encodeURIComponent("startswith(displayName,'A')")}`, t);
  emit('graph-filter', { status: filtered.status, displayNames: filtered.body.value?.map((u) => u.displayName) });
  const selected = await graph('/users?$select=id,displayName', t);
  emit('graph-select', { status: selected.status, keys: Object.keys(selected.body.value?.[0] ?? {}) });
  const pages = [];
  for (let next = `${config.graphEndpoint}/v1.0/users?$top=5`; next; ) {
    const page = await graph(next, t);
    if (page.status !== 200) {
      pages.push({ status: page.status });
      break;
    }
    pages.push(page.body.value.map((u) => u.id));
    next = page.body['@odata.nextLink'];
  }
  emit('graph-top-paging', { pageSizes: pages.map((p) => p.length), ids: pages.flat() });
  const counted = await graph('/users?$count=true&$top=1', t, { ConsistencyLevel: 'eventual' });
  emit('graph-count', { status: counted.status, count: counted.body['@odata.count'] });
  const rawCount = await graph('/users/$count', t, { ConsistencyLevel: 'eventual' });
  emit('graph-count-segment', { status: rawCount.status, body: rawCount.body });
  const groupMembers = await graph(`/groups/${config.groupId}/members/microsoft.graph.user?$select=id`, t);
  emit('graph-members-cast', { status: groupMembers.status, count: groupMembers.body.value?.length });
  const byManagedIdentity = await graph('/users?$top=1', userAssigned.token);
  emit('graph-managed-identity', { status: byManagedIdentity.status, count: byManagedIdentity.body.value?.length });

  // Graph failures: each with its Graph error code.
  const graphFailure = async (name, path, accessToken, headers) => {
    const answer = await graph(path, accessToken, headers);
    emit(name, { status: answer.status, code: answer.body.error?.code, message: answer.body.error?.message });
  };
  await graphFailure('graph-count-without-eventual', '/users/$count', t);
  await graphFailure('graph-user-unknown', '/users/00000000-0000-0000-0000-000000000bad', t);
  await graphFailure('graph-filter-invalid', `/users?$filter=${encodeURIComponent('displayName eq')}`, t);
  await graphFailure('graph-no-permission', '/users', systemAssigned.token);
  await graphFailure('graph-wrong-audience', '/users', vault.token);
  await graphFailure('graph-no-token', '/users', undefined);
}

main().catch((error) => {
  process.stderr.write(`client failed: ${error.stack}\n`);
  process.exitCode = 1;
});
