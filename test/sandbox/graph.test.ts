// The Graph v1.0 subset: collections with OData queries, get by id, credential actions, permission checks (403) and
// token checks (401), with Graph's error envelope and headers.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { startSandbox, demoTenantInfo, addApplicationTo, type RunningSandbox } from '../../src/sandbox/index';
import { isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, makeCertificate, postForm, request, tempFolder, thumbprints, type RawResponse } from './helpers';

const demo = demoTenantInfo();
let sandbox: RunningSandbox;
let other: RunningSandbox;
let readerToken: string;
let writerToken: string;
let noRolesToken: string;
let writer: { applicationId: string; objectId: string; servicePrincipalId: string };

async function secretToken(target: RunningSandbox, clientId: string, secret: string, resource = target.graphEndpoint): Promise<string> {
  const response = await postForm(`${target.authority}/oauth2/v2.0/token`,
    { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: `${resource}/.default` }, target.caCertificatePem);
  expect(response.status).toBe(200);
  return response.json.access_token;
}

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ location: await keyedLocation() });
  other = await startSandbox({ location: tempFolder() }); // its own keys: a token from another tenant
  readerToken = await secretToken(sandbox, demo.ApplicationId, demo.ClientSecret);
  const writerApp = addApplicationTo(sandbox, { displayName: 'Writer', newSecret: true, permissions: ['Application.ReadWrite.All'] });
  writer = writerApp;
  writerToken = await secretToken(sandbox, writerApp.applicationId, writerApp.clientSecret!);
  const plain = addApplicationTo(sandbox, { displayName: 'No roles', newSecret: true });
  noRolesToken = await secretToken(sandbox, plain.applicationId, plain.clientSecret!);
}, KEYGEN_TIMEOUT_MS);
afterAll(async () => {
  await sandbox.close();
  await other.close();
});

function graph(pathAndQuery: string, token: string | null = readerToken, options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return request(`${sandbox.graphEndpoint}${pathAndQuery}`, {
    method: options.method, ca: sandbox.caCertificatePem, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

function expectGraphError(response: RawResponse, status: number, code: string, message: string): void {
  expect(response.status).toBe(status);
  expect(response.json).toEqual({
    error: { code, message, innerError: { date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/), 'request-id': response.headers['request-id'], 'client-request-id': response.headers['client-request-id'] } },
  });
}

describe('collections', () => {
  test('users: default properties, @odata.context, headers', async () => {
    const response = await graph('/v1.0/users');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8');
    expect(response.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.json['@odata.context']).toBe(`${sandbox.graphEndpoint}/v1.0/$metadata#users`);
    expect(response.json.value).toHaveLength(12);
    expect(Object.keys(response.json.value[0])).toEqual(['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id']);
    expect(response.json.value[0]).toMatchObject({ displayName: 'Adele Vance', userPrincipalName: 'AdeleV@psnodesandbox.onmicrosoft.com' });
  });

  test('get by id and by user principal name', async () => {
    const byUpn = await graph('/v1.0/users/MeganB@psnodesandbox.onmicrosoft.com');
    expect(byUpn.status).toBe(200);
    expect(byUpn.json['@odata.context']).toBe(`${sandbox.graphEndpoint}/v1.0/$metadata#users/$entity`);
    const byId = await graph(`/v1.0/users/${byUpn.json.id}?$select=displayName,department`);
    expect(byId.json).toEqual({ '@odata.context': `${sandbox.graphEndpoint}/v1.0/$metadata#users(displayName,department)/$entity`, displayName: 'Megan Bowen', department: 'Marketing' });
  });

  test('$filter: eq, ne, startswith, and, or, in, any', async () => {
    const names = async (filter: string) => (await graph(`/v1.0/users?$filter=${encodeURIComponent(filter)}&$select=displayName`)).json.value.map((u: { displayName: string }) => u.displayName);
    expect(await names("displayName eq 'lee gu'")).toEqual(['Lee Gu']);
    expect(await names("startswith(displayName,'L')")).toEqual(['Lee Gu', 'Lidia Holloway', 'Lynne Robbins']);
    expect(await names("startswith(displayName,'L') and department ne 'Engineering'")).toEqual(['Lee Gu', 'Lynne Robbins']);
    expect(await names("jobTitle eq 'Director' or givenName in ('Alex', 'Grady')")).toEqual(['Alex Wilber', 'Grady Archie', 'Lee Gu', 'Miriam Graham', 'Nestor Wilke']);
    expect(await names("not (accountEnabled eq true)")).toEqual([]);
    const unified = await graph(`/v1.0/groups?$filter=${encodeURIComponent("groupTypes/any(c:c eq 'Unified')")}&$select=displayName`);
    expect(unified.json.value).toEqual([{ displayName: 'All Company' }, { displayName: 'Sales and Marketing' }]);
  });

  test('an invalid filter → 400 Invalid filter clause; an unknown property → OData\'s 400', async () => {
    for (const filter of ["displayName eq", "accountEnabled eq 'true"]) {
      expectGraphError(await graph(`/v1.0/users?$filter=${encodeURIComponent(filter)}`), 400, 'BadRequest', 'Invalid filter clause');
    }
    expectGraphError(await graph(`/v1.0/users?$filter=${encodeURIComponent("nosuchproperty eq 'x'")}`), 400, 'BadRequest', "Could not find a property named 'nosuchproperty' on type 'microsoft.graph.user'.");
  });

  test('$select changes @odata.context and the properties', async () => {
    const response = await graph('/v1.0/users?$select=displayName,department&$top=1');
    expect(response.json['@odata.context']).toBe(`${sandbox.graphEndpoint}/v1.0/$metadata#users(displayName,department)`);
    expect(response.json.value).toEqual([{ displayName: 'Adele Vance', department: 'Retail' }]);
  });

  test('$top pages with @odata.nextLink until the end', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/v1.0/users?$top=5&$select=id';
    let pages = 0;
    while (next) {
      const response = await graph(next.replace(sandbox.graphEndpoint, ''));
      seen.push(...response.json.value.map((u: { id: string }) => u.id));
      next = response.json['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
  });

  test('$orderby descending', async () => {
    const response = await graph('/v1.0/users?$orderby=displayName desc&$top=2&$select=displayName');
    expect(response.json.value).toEqual([{ displayName: 'Nestor Wilke' }, { displayName: 'Miriam Graham' }]);
  });

  test('$count needs ConsistencyLevel: eventual', async () => {
    const counted = await graph("/v1.0/users?$count=true&$filter=department eq 'Engineering'&$select=id", readerToken, { headers: { ConsistencyLevel: 'eventual' } });
    expect(counted.json['@odata.count']).toBe(2);
    const plain = await graph('/v1.0/users?$count=true&$select=id');
    expect(plain.json).not.toHaveProperty('@odata.count');
    const raw = await graph('/v1.0/users/$count', readerToken, { headers: { ConsistencyLevel: 'eventual' } });
    expect(raw.status).toBe(200);
    expect(raw.text).toBe('12');
    expectGraphError(await graph('/v1.0/users/$count'), 400, 'Request_UnsupportedQuery', "Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information");
  });

  test('groups and their members', async () => {
    const groups = await graph("/v1.0/groups?$filter=displayName eq 'Engineering'");
    expect(groups.json.value).toHaveLength(1);
    const members = await graph(`/v1.0/groups/${groups.json.value[0].id}/members?$select=displayName`);
    expect(members.json['@odata.context']).toBe(`${sandbox.graphEndpoint}/v1.0/$metadata#directoryObjects(displayName)`);
    expect(members.json.value).toEqual([
      { '@odata.type': '#microsoft.graph.user', displayName: 'Grady Archie' },
      { '@odata.type': '#microsoft.graph.user', displayName: 'Johanna Lorenz' },
      { '@odata.type': '#microsoft.graph.user', displayName: 'Lidia Holloway' },
    ]);
  });

  test.each(['microsoft.graph.user', 'graph.user'])('members cast to users (/members/%s), as the SDKs\' type-cast builders ask', async (cast) => {
    const groups = await graph("/v1.0/groups?$filter=displayName eq 'Engineering'");
    const id = groups.json.value[0].id;
    const users = await graph(`/v1.0/groups/${id}/members/${cast}?$select=displayName&$top=2`);
    expect(users.status).toBe(200);
    expect(users.json['@odata.context']).toBe(`${sandbox.graphEndpoint}/v1.0/$metadata#users(displayName)`);
    expect(users.json.value.map((u: { displayName: string }) => u.displayName)).toEqual(['Grady Archie', 'Johanna Lorenz']);
    expect(users.json['@odata.nextLink']).toContain(`/v1.0/groups/${id}/members/${cast}?`);
    const count = await graph(`/v1.0/groups/${id}/members/${cast}/$count`, readerToken, { headers: { ConsistencyLevel: 'eventual' } });
    expect(count.text).toBe('3');
    const groupsOnly = await graph(`/v1.0/groups/${id}/members/microsoft.graph.group`);
    expect(groupsOnly.json).toMatchObject({ '@odata.context': `${sandbox.graphEndpoint}/v1.0/$metadata#groups`, value: [] });
    expectGraphError(await graph(`/v1.0/groups/${id}/members/microsoft.graph.spaceship`), 400, 'BadRequest', "Resource not found for the segment 'microsoft.graph.spaceship'.");
  });

  test('an unknown id → 404 Request_ResourceNotFound', async () => {
    const id = crypto.randomUUID();
    expectGraphError(await graph(`/v1.0/groups/${id}`), 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  });

  test('/me with an app-only token → 400', async () => {
    expectGraphError(await graph('/v1.0/me'), 400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  });

  test('an unknown segment → 400', async () => {
    expectGraphError(await graph('/v1.0/widgets'), 400, 'BadRequest', "Resource not found for the segment 'widgets'.");
  });
});

describe('applications, service principals and credentials', () => {
  test('applications and servicePrincipals, by id and by appId', async () => {
    const apps = await graph(`/v1.0/applications?$filter=appId eq '${demo.ApplicationId}'`, writerToken);
    expect(apps.json.value).toHaveLength(1);
    expect(apps.json.value[0]).toMatchObject({
      id: demo.ApplicationObjectId,
      displayName: 'Your Awesome Application Name Here',
      keyCredentials: [{ customKeyIdentifier: demo.CertificateThumbprint, type: 'AsymmetricX509Cert', usage: 'Verify', displayName: 'CN=psnode sandbox demo', key: null }],
      passwordCredentials: [{ hint: 'psn', secretText: null, keyId: expect.any(String) }],
    });
    const sp = await graph(`/v1.0/servicePrincipals(appId='${demo.ApplicationId}')`, writerToken);
    expect(sp.json).toMatchObject({ id: demo.ServicePrincipalId, servicePrincipalType: 'Application', appOwnerOrganizationId: demo.TenantId });
    const mis = await graph("/v1.0/servicePrincipals?$filter=servicePrincipalType eq 'ManagedIdentity'&$select=appId", writerToken);
    expect(mis.json.value.map((s: { appId: string }) => s.appId).sort()).toEqual([demo.SystemAssignedIdentityClientId, demo.UserAssignedIdentityClientId].sort());
  });

  test('addPassword returns the secret once; it then works at the token endpoint; removePassword revokes it', async () => {
    const added = await graph(`/v1.0/applications/${writer.objectId}/addPassword`, writerToken, { method: 'POST', body: { passwordCredential: { displayName: 'rotated' } } });
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ displayName: 'rotated', customKeyIdentifier: null, secretText: expect.stringMatching(/^.{40}$/) });
    expect(added.json.hint).toBe(added.json.secretText.slice(0, 3));
    await secretToken(sandbox, writer.applicationId, added.json.secretText);
    const stored = fs.readFileSync(path.join(sandbox.location!, 'tenant.json'), 'utf8');
    expect(stored).not.toContain(added.json.secretText);
    const removed = await graph(`/v1.0/applications/${writer.objectId}/removePassword`, writerToken, { method: 'POST', body: { keyId: added.json.keyId } });
    expect(removed.status).toBe(204);
    const after = await postForm(`${sandbox.authority}/oauth2/v2.0/token`,
      { grant_type: 'client_credentials', client_id: writer.applicationId, client_secret: added.json.secretText, scope: `${sandbox.graphEndpoint}/.default` }, sandbox.caCertificatePem);
    expect(after.json.error_codes).toEqual([7000215]);
  });

  test('a service principal secret (servicePrincipals/{id}/addPassword) works at the token endpoint', async () => {
    const added = await graph(`/v1.0/servicePrincipals/${writer.servicePrincipalId}/addPassword`, writerToken, { method: 'POST', body: {} });
    expect(added.status).toBe(200);
    await secretToken(sandbox, writer.applicationId, added.json.secretText);
  });

  test('addKey registers a certificate given a proof signed by one of the app\'s current keys', async () => {
    const current = makeCertificate('CN=current key');
    const roller = addApplicationTo(sandbox, { displayName: 'Key roller', certificate: current.certPem });
    const next = makeCertificate('CN=next key');
    const { SignJWT } = require('jose') as typeof import('jose');
    const proofFrom = (keyPem: string, iss = roller.objectId) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ aud: '00000002-0000-0000-c000-000000000000', iss, nbf: now, exp: now + 600 })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
        .sign(crypto.createPrivateKey(keyPem));
    };
    const addKey = async (objectId: string, proof: string | undefined) => graph(`/v1.0/applications/${objectId}/addKey`, writerToken, {
      method: 'POST',
      body: { keyCredential: { type: 'AsymmetricX509Cert', usage: 'Verify', key: thumbprints(next.certPem).derBase64 }, passwordCredential: null, proof },
    });
    expectGraphError(await addKey(roller.objectId, undefined), 400, 'BadRequest', 'Bad Request');
    expectGraphError(await addKey(roller.objectId, await proofFrom(next.keyPem)), 400, 'BadRequest', 'Bad Request');
    expectGraphError(await addKey(roller.objectId, await proofFrom(current.keyPem, crypto.randomUUID())), 400, 'BadRequest', 'Bad Request');
    expectGraphError(await addKey(writer.objectId, await proofFrom(current.keyPem, writer.objectId)), 400, 'BadRequest', 'Bad Request');
    const added = await addKey(roller.objectId, await proofFrom(current.keyPem));
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({ customKeyIdentifier: thumbprints(next.certPem).sha1, type: 'AsymmetricX509Cert', usage: 'Verify', displayName: 'CN=next key' });
    const app = await graph(`/v1.0/applications/${roller.objectId}?$select=keyCredentials`, writerToken);
    expect(app.json.keyCredentials.map((k: { customKeyIdentifier: string }) => k.customKeyIdentifier)).toEqual([thumbprints(current.certPem).sha1, thumbprints(next.certPem).sha1]);
  }, KEYGEN_TIMEOUT_MS);
});

describe('permission and token checks', () => {
  const denied = 'Insufficient privileges to complete the operation.';

  test('missing roles → 403 Authorization_RequestDenied', async () => {
    expectGraphError(await graph('/v1.0/users', noRolesToken), 403, 'Authorization_RequestDenied', denied);
    expectGraphError(await graph('/v1.0/applications'), 403, 'Authorization_RequestDenied', denied);
    expectGraphError(await graph(`/v1.0/applications/${demo.ApplicationObjectId}/addPassword`, readerToken, { method: 'POST', body: {} }), 403, 'Authorization_RequestDenied', denied);
    expectGraphError(await graph('/v1.0/organization'), 403, 'Authorization_RequestDenied', denied);
  });

  test('no token → 401 Access token is empty', async () => {
    expectGraphError(await graph('/v1.0/users', null), 401, 'InvalidAuthenticationToken', 'Access token is empty.');
  });

  test('a malformed token → 401', async () => {
    expectGraphError(await graph('/v1.0/users', 'not-a-jwt'), 401, 'InvalidAuthenticationToken', 'CompactToken parsing failed with error code: 80049217');
  });

  test('a token from another sandbox tenant (other signing key) → 401', async () => {
    const foreign = await secretToken(other, demo.ApplicationId, demo.ClientSecret, sandbox.graphEndpoint);
    expectGraphError(await graph('/v1.0/users', foreign), 401, 'InvalidAuthenticationToken', 'Access token validation failure.');
  });

  test('a token for another resource → 401 Invalid audience', async () => {
    const token = await secretToken(sandbox, demo.ApplicationId, demo.ClientSecret, 'https://management.azure.com');
    expectGraphError(await graph('/v1.0/users', token), 401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
  });

  test('an expired token → 401 Lifetime validation failed', async () => {
    const { SignJWT } = require('jose') as typeof import('jose');
    const keyPem = fs.readFileSync(path.join(sandbox.location!, 'token-signing-key.pem'), 'utf8');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ aud: sandbox.graphEndpoint, iss: `https://sts.windows.net/${demo.TenantId}/`, tid: demo.TenantId, roles: ['User.Read.All'], iat: now - 7200, nbf: now - 7200, exp: now - 3600 })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
      .sign(crypto.createPrivateKey(keyPem));
    expectGraphError(await graph('/v1.0/users', expired), 401, 'InvalidAuthenticationToken', 'Lifetime validation failed, the token is expired.');
  });

  test('a tampered token (roles added) → 401', async () => {
    const [h, p, s] = noRolesToken.split('.');
    const claims = { ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['User.Read.All'] };
    expectGraphError(await graph('/v1.0/users', `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`), 401, 'InvalidAuthenticationToken', 'Access token validation failure.');
  });
});
