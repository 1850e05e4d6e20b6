// The schema-driven Graph: OData option names in any case, $select=*, $search, Graph's unsupported-query errors,
// create/update/delete with Graph's status codes and error bodies, $ref members/owners/manager, inverse and transitive
// navigations, deleted items and restore, and the write permissions per operation.
import { startSandbox, demoTenantInfo, addApplicationTo, type RunningSandbox } from '../../src/sandbox/index';
import { isolateHome, postForm, request, tempFolder, type RawResponse } from './helpers';

const demo = demoTenantInfo();
let sandbox: RunningSandbox;
let readerToken: string;
let writerToken: string;
const MEGAN = '5313cd16-112f-42f0-a2bf-5673d2521f69';
const ALEX = 'aeaae8e6-7b0a-43b7-971c-3fe308d0285c';
const ENGINEERING = '5f363808-37df-4189-962c-d1cf6c1410ce';

async function secretToken(clientId: string, secret: string): Promise<string> {
  const response = await postForm(`${sandbox.authority}/oauth2/v2.0/token`,
    { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: `${sandbox.graphEndpoint}/.default` }, sandbox.caCertificatePem);
  return response.json.access_token;
}

beforeAll(async () => {
  isolateHome();
  sandbox = await startSandbox({ location: tempFolder() });
  readerToken = await secretToken(demo.ApplicationId, demo.ClientSecret);
  const writer = addApplicationTo(sandbox, { displayName: 'Directory writer', newSecret: true, permissions: ['Directory.ReadWrite.All', 'Application.ReadWrite.All'] });
  writerToken = await secretToken(writer.applicationId, writer.clientSecret!);
}, 60_000);
afterAll(() => sandbox.close());

function graph(pathAndQuery: string, options: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? readerToken}`, ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return request(`${sandbox.graphEndpoint}${pathAndQuery}`, {
    method: options.method, ca: sandbox.caCertificatePem, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

const eventual = { ConsistencyLevel: 'eventual' };
const names = (response: RawResponse) => response.json.value.map((o: { displayName: string }) => o.displayName);

function expectError(response: RawResponse, status: number, code: string, message: string): void {
  expect(response.status).toBe(status);
  expect(response.json.error).toMatchObject({ code, message });
}

describe('OData options', () => {
  test('option names are case-insensitive ($Filter, $Top and $Select as Microsoft.Entra sends them)', async () => {
    const response = await graph(`/v1.0/users?$Select=displayName,Country&$Top=2&$Filter=${encodeURIComponent("department eq 'Marketing'")}`);
    expect(response.status).toBe(200);
    expect(response.json.value).toEqual([{ displayName: 'Alex Wilber', country: 'US' }, { displayName: 'Megan Bowen', country: 'US' }]);
  });

  test('$select=* returns every property, in Graph\'s order', async () => {
    const response = await graph(`/v1.0/users/${MEGAN}?$select=*`);
    expect(Object.keys(response.json).slice(0, 5)).toEqual(['@odata.context', 'id', 'deletedDateTime', 'accountEnabled', 'ageGroup']);
    expect(response.json).toMatchObject({ department: 'Marketing', city: 'Pittsburgh', usageLocation: 'US', passwordProfile: null, onPremisesSyncEnabled: null });
  });

  test('$search needs ConsistencyLevel: eventual; it matches word prefixes, OR and AND', async () => {
    expectError(await graph('/v1.0/users?$search="displayName:meg"'), 400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
    expect(names(await graph('/v1.0/users?$search="displayName:meg"', { headers: eventual }))).toEqual(['Megan Bowen']);
    expect(names(await graph('/v1.0/users?$search="displayName:bowen" OR "jobTitle:designer"&$select=displayName', { headers: eventual }))).toEqual(['Grady Archie', 'Megan Bowen']);
    expect(names(await graph('/v1.0/users?$search="department:retail" AND "city:tulsa"', { headers: eventual }))).toEqual(['Lynne Robbins']);
    const counted = await graph('/v1.0/groups?$search="displayName:sales"&$count=true', { headers: eventual });
    expect(counted.json['@odata.count']).toBe(1);
  });

  test('Graph\'s unsupported-query errors: unfilterable properties, endsWith without eventual', async () => {
    expectError(await graph(`/v1.0/users?$filter=${encodeURIComponent("passwordProfile eq null")}`), 400, 'Request_UnsupportedQuery', "Unsupported or invalid query filter clause specified for property 'passwordProfile' of resource 'User'.");
    const ends = `/v1.0/users?$filter=${encodeURIComponent("endswith(mail,'@psnodesandbox.onmicrosoft.com')")}&$count=true`;
    expectError(await graph(ends), 400, 'Request_UnsupportedQuery', "Operator 'endsWith' is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information");
    expect((await graph(ends, { headers: eventual })).json['@odata.count']).toBe(12);
  });

  test('$filter over the richer demo data, with not and any over proxyAddresses', async () => {
    expect(names(await graph(`/v1.0/users?$filter=${encodeURIComponent("city eq 'Tulsa' and not(department eq 'Sales')")}`))).toEqual(['Lidia Holloway', 'Lynne Robbins']);
    expect(names(await graph(`/v1.0/users?$filter=${encodeURIComponent("proxyAddresses/any(p:startswith(p,'smtp:megan'))")}`))).toEqual(['Megan Bowen']);
  });
});

describe('navigations', () => {
  test('manager, directReports, memberOf, transitiveMemberOf, owners, ownedObjects', async () => {
    const manager = await graph(`/v1.0/users/${ALEX}/manager`);
    expect(manager.json).toMatchObject({ '@odata.context': `${sandbox.graphEndpoint}/v1.0/$metadata#directoryObjects/$entity`, '@odata.type': '#microsoft.graph.user', displayName: 'Megan Bowen' });
    expect(names(await graph(`/v1.0/users/${MEGAN}/directReports`))).toEqual(['Alex Wilber']);
    expect(names(await graph(`/v1.0/users/${MEGAN}/memberOf`))).toEqual(['All Company', 'Sales and Marketing']);
    expect(names(await graph(`/v1.0/groups/${ENGINEERING}/owners`))).toEqual(['Lidia Holloway']);
    const lidia = (await graph(`/v1.0/groups/${ENGINEERING}/owners`)).json.value[0].id;
    expect(names(await graph(`/v1.0/users/${lidia}/ownedObjects`))).toEqual(['Engineering']);
    expectError(await graph('/v1.0/users/51871154-719e-408c-bb2b-ff04d84e88c0/manager'), 404, 'Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
  });
});

describe('writes', () => {
  const newUser = (nickname: string) => ({
    accountEnabled: true, displayName: `Test ${nickname}`, mailNickname: nickname, userPrincipalName: `${nickname}@${demo.TenantDomain}`,
    passwordProfile: { forceChangePasswordNextSignIn: true, password: 'xWwvJ]6NMw+bWH-d' }, department: 'QA',
  });

  test('users: POST 201, duplicate UPN, missing property, unknown property, foreign domain; PATCH 204; DELETE 204 then restore', async () => {
    const created = await graph('/v1.0/users', { token: writerToken, method: 'POST', body: newUser('tester1') });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ '@odata.context': `${sandbox.graphEndpoint}/v1.0/$metadata#users/$entity`, displayName: 'Test tester1', id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(created.json).not.toHaveProperty('passwordProfile');
    const id = created.json.id;
    expectError(await graph('/v1.0/users', { token: writerToken, method: 'POST', body: newUser('tester1') }), 400, 'Request_BadRequest', 'Another object with the same value for property userPrincipalName already exists.');
    const { passwordProfile: _, ...noPassword } = newUser('tester2');
    expectError(await graph('/v1.0/users', { token: writerToken, method: 'POST', body: noPassword }), 400, 'Request_BadRequest', 'One or more properties contains invalid values.');
    expectError(await graph('/v1.0/users', { token: writerToken, method: 'POST', body: { ...newUser('tester3'), shoeSize: 9 } }), 400, 'BadRequest', "The property 'shoeSize' does not exist on type 'microsoft.graph.user'. Make sure to only use property names that are defined by the type or mark the type as open type.");
    expectError(await graph('/v1.0/users', { token: writerToken, method: 'POST', body: { ...newUser('tester4'), userPrincipalName: 'tester4@contoso.com' } }), 400, 'Request_BadRequest', 'The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.');
    expectError(await graph('/v1.0/users', { method: 'POST', body: newUser('tester5') }), 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

    const patched = await graph(`/v1.0/users/${id}`, { token: writerToken, method: 'PATCH', body: { jobTitle: 'Tester', usageLocation: 'DE' } });
    expect(patched.status).toBe(204);
    expect((await graph(`/v1.0/users/${id}?$select=jobTitle,usageLocation,department`)).json).toMatchObject({ jobTitle: 'Tester', usageLocation: 'DE', department: 'QA' });

    expect((await graph(`/v1.0/users/${id}`, { token: writerToken, method: 'DELETE' })).status).toBe(204);
    expect((await graph(`/v1.0/users/${id}`)).status).toBe(404);
    const deleted = await graph('/v1.0/directory/deletedItems/microsoft.graph.user', { token: writerToken });
    expect(deleted.json.value).toEqual([expect.objectContaining({ id, displayName: 'Test tester1', deletedDateTime: expect.stringMatching(/Z$/) })]);
    const restored = await graph(`/v1.0/directory/deletedItems/${id}/restore`, { token: writerToken, method: 'POST' });
    expect(restored.status).toBe(200);
    expect((await graph(`/v1.0/users/${id}?$select=displayName`)).json.displayName).toBe('Test tester1');
  });

  test('groups: create, $ref members and owners (add, duplicate, remove, missing), a security group is deleted for good', async () => {
    const created = await graph('/v1.0/groups', { token: writerToken, method: 'POST', body: { displayName: 'QA', mailEnabled: false, mailNickname: 'qa', securityEnabled: true } });
    expect(created.status).toBe(201);
    const id = created.json.id;
    const ref = { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${MEGAN}` };
    expect((await graph(`/v1.0/groups/${id}/members/$ref`, { token: writerToken, method: 'POST', body: ref })).status).toBe(204);
    expectError(await graph(`/v1.0/groups/${id}/members/$ref`, { token: writerToken, method: 'POST', body: ref }), 400, 'Request_BadRequest', "One or more added object references already exist for the following modified properties: 'members'.");
    expectError(await graph(`/v1.0/groups/${id}/members/$ref`, { method: 'POST', body: ref }), 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    expect((await graph(`/v1.0/groups/${id}/owners/$ref`, { token: writerToken, method: 'POST', body: { '@odata.id': `https://graph.microsoft.com/v1.0/users/${ALEX}` } })).status).toBe(204);
    expect(names(await graph(`/v1.0/groups/${id}/members`))).toEqual(['Megan Bowen']);
    expect(names(await graph(`/v1.0/groups/${id}/owners`))).toEqual(['Alex Wilber']);
    expect((await graph(`/v1.0/groups/${id}/members/${MEGAN}/$ref`, { token: writerToken, method: 'DELETE' })).status).toBe(204);
    expectError(await graph(`/v1.0/groups/${id}/members/${MEGAN}/$ref`, { token: writerToken, method: 'DELETE' }), 400, 'Request_BadRequest', "One or more removed object references do not exist for the following modified properties: 'members'.");
    expect((await graph(`/v1.0/groups/${id}`, { token: writerToken, method: 'DELETE' })).status).toBe(204);
    expect((await graph('/v1.0/directory/deletedItems/microsoft.graph.group', { token: writerToken })).json.value).toEqual([]);
  });

  test('nested groups: transitiveMembers and transitiveMemberOf', async () => {
    const outer = (await graph('/v1.0/groups', { token: writerToken, method: 'POST', body: { displayName: 'Outer', mailEnabled: false, mailNickname: 'outer', securityEnabled: true } })).json.id;
    await graph(`/v1.0/groups/${outer}/members/$ref`, { token: writerToken, method: 'POST', body: { '@odata.id': `https://graph.microsoft.com/v1.0/groups/${ENGINEERING}` } });
    const transitive = await graph(`/v1.0/groups/${outer}/transitiveMembers/microsoft.graph.user?$select=displayName`, { token: writerToken });
    expect(names(transitive)).toEqual(['Grady Archie', 'Johanna Lorenz', 'Lidia Holloway']);
    expect(names(await graph('/v1.0/users/990a664f-7b82-4519-8bef-4d701f02bd99/transitiveMemberOf', { token: writerToken }))).toEqual(['All Company', 'Engineering', 'Outer']);
  });

  test('manager: PUT $ref, DELETE $ref', async () => {
    const body = { '@odata.id': `https://graph.microsoft.com/v1.0/users/${MEGAN}` };
    const lee = 'f22eb948-671a-4992-b740-67aa370a2193';
    expect((await graph(`/v1.0/users/${lee}/manager/$ref`, { token: writerToken, method: 'PUT', body })).status).toBe(204);
    expect((await graph(`/v1.0/users/${lee}/manager?$select=displayName`)).json.displayName).toBe('Megan Bowen');
    expect((await graph(`/v1.0/users/${lee}/manager/$ref`, { token: writerToken, method: 'DELETE' })).status).toBe(204);
    expect((await graph(`/v1.0/users/${lee}/manager`)).status).toBe(404);
  });

  test('applications and service principals: create, the principal needs an existing appId, PATCH, owners, DELETE', async () => {
    const app = await graph('/v1.0/applications', { token: writerToken, method: 'POST', body: { displayName: 'Inventory API', tags: ['inventory'] } });
    expect(app.status).toBe(201);
    expect(app.json).toMatchObject({ displayName: 'Inventory API', appId: expect.stringMatching(/^[0-9a-f-]{36}$/), signInAudience: 'AzureADMyOrg', tags: ['inventory'], keyCredentials: [] });
    expectError(await graph('/v1.0/servicePrincipals', { token: writerToken, method: 'POST', body: { appId: '00000000-0000-0000-0000-000000000001' } }), 400, 'Request_BadRequest', 'One or more properties contains invalid values.');
    const sp = await graph('/v1.0/servicePrincipals', { token: writerToken, method: 'POST', body: { appId: app.json.appId } });
    expect(sp.status).toBe(201);
    expect(sp.json).toMatchObject({ appId: app.json.appId, displayName: 'Inventory API', servicePrincipalType: 'Application', appDisplayName: 'Inventory API' });
    expect((await graph(`/v1.0/applications(appId='${app.json.appId}')`, { token: writerToken, method: 'PATCH', body: { description: 'Stock levels' } })).status).toBe(204);
    expect((await graph(`/v1.0/applications/${app.json.id}?$select=description`, { token: writerToken })).json.description).toBe('Stock levels');
    expect((await graph(`/v1.0/applications/${app.json.id}/owners/$ref`, { token: writerToken, method: 'POST', body: { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${MEGAN}` } })).status).toBe(204);
    expect(names(await graph(`/v1.0/applications/${app.json.id}/owners`, { token: writerToken }))).toEqual(['Megan Bowen']);
    expect((await graph(`/v1.0/applications/${app.json.id}`, { token: writerToken, method: 'DELETE' })).status).toBe(204);
    const deleted = await graph('/v1.0/directory/deletedItems/microsoft.graph.application', { token: writerToken });
    expect(deleted.json.value.map((a: { displayName: string }) => a.displayName)).toEqual(['Inventory API']);
    expect((await graph(`/v1.0/directory/deletedItems/${app.json.id}`, { token: writerToken, method: 'DELETE' })).status).toBe(204);
    expect((await graph(`/v1.0/directory/deletedItems/${app.json.id}`, { token: writerToken })).status).toBe(404);
  });
});
