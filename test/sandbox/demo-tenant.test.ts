// The demo tenant's fixed values: the committed certificate files, their embedded copy, and the seeded records.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { demoPfx, demoCertificatePem, demoTenantInfo } from '../../src/sandbox/index';
import { seedState } from '../../src/sandbox/demo/demo-tenant';
import { secretMatches } from '../../src/sandbox/credentials';
import { demoKeyPair, REPO_ROOT } from './helpers';

const demo = demoTenantInfo();
const DEMO_DIR = path.join(REPO_ROOT, 'src/sandbox/demo');

test('the embedded PFX and PEM are the committed files, byte for byte', () => {
  expect(demoPfx().equals(fs.readFileSync(path.join(DEMO_DIR, 'demo-certificate.pfx')))).toBe(true);
  expect(demoCertificatePem()).toBe(fs.readFileSync(path.join(DEMO_DIR, 'demo-certificate.pem'), 'utf8'));
});

test('the PFX (no password) holds the key of the documented certificate', () => {
  const { certPem, keyPem } = demoKeyPair(demoPfx());
  const x509 = new crypto.X509Certificate(certPem);
  expect(x509.fingerprint.replace(/:/g, '')).toBe(demo.CertificateThumbprint);
  expect(x509.subject).toBe('CN=psnode sandbox demo');
  expect(new Date(x509.validFrom).toISOString()).toBe('2025-01-01T00:00:00.000Z');
  expect(new Date(x509.validTo).toISOString()).toBe('2050-01-01T00:00:00.000Z');
  expect(x509.checkPrivateKey(crypto.createPrivateKey(keyPem))).toBe(true);
  expect((x509.publicKey.asymmetricKeyDetails ?? {}).modulusLength).toBe(2048);
});

test('the seeded tenant: app, service principal, permissions, identities, a dozen users, groups with members', () => {
  const tenant = seedState().tenants[0];
  expect(tenant).toMatchObject({ id: demo.TenantId, domain: demo.TenantDomain });
  const [app] = tenant.applications;
  expect(app).toMatchObject({ appId: demo.ApplicationId, displayName: 'Your Awesome Application Name Here', grantedRoles: ['User.Read.All', 'Group.Read.All'] });
  expect(app.keyCredentials.map((k) => k.thumbprintSha1)).toEqual([demo.CertificateThumbprint]);
  expect(app.keyCredentials[0].certificatePem).not.toContain('PRIVATE KEY');
  expect(app.passwordCredentials).toHaveLength(1);
  expect(JSON.stringify(tenant)).not.toContain(demo.ClientSecret);
  expect(secretMatches(app.passwordCredentials[0], demo.ClientSecret)).toBe(true);
  expect(tenant.servicePrincipals.find((sp) => sp.appId === demo.ApplicationId)?.id).toBe(demo.ServicePrincipalId);
  expect(tenant.managedIdentities.map((mi) => [mi.kind, mi.clientId])).toEqual([
    ['SystemAssigned', demo.SystemAssignedIdentityClientId],
    ['UserAssigned', demo.UserAssignedIdentityClientId],
  ]);
  expect(tenant.users).toHaveLength(12);
  expect(tenant.groups.length).toBeGreaterThanOrEqual(3);
  for (const group of tenant.groups) {
    expect(group.memberIds.length).toBeGreaterThan(0);
    for (const id of group.memberIds) expect(tenant.users.some((u) => u.id === id)).toBe(true);
  }
});

test('two seeds are identical except for the secret salt', () => {
  const strip = (s: string) => s.replace(/"(salt|hash)":"[^"]+"/g, '');
  expect(strip(JSON.stringify(seedState()))).toBe(strip(JSON.stringify(seedState())));
});

test('the README documents the demo tenant values the code uses', () => {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'src/sandbox/README.md'), 'utf8');
  const rows = new Map([...readme.matchAll(/^\| (\w+) \| `([^`]+)`/gm)].map((m) => [m[1], m[2]]));
  for (const name of ['TenantId', 'TenantDomain', 'TenantDisplayName', 'ApplicationName', 'ApplicationId', 'ApplicationObjectId',
    'ServicePrincipalId', 'CertificateSubject', 'CertificateThumbprint', 'ClientSecret', 'SystemAssignedIdentityClientId', 'UserAssignedIdentityClientId'] as const) {
    expect([name, rows.get(name)]).toEqual([name, demo[name]]);
  }
});
