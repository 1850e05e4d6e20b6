// The sandbox's programmatic API for the other layers (identity, the *-EntraSandbox cmdlets): start it, read the demo
// tenant's fixed values, reset the state, add an application. Never start it on the engine's main thread (it blocks
// in Atomics.wait during I/O): run it in a worker (worker.ts) or in its own process (psnode-sandbox).
import { DEMO, demoCertificatePem, demoPfx } from './demo/demo-tenant';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_SECRET_FILE, StateStore } from './state/state-store';
import { addApplication, type NewApplication, type NewApplicationOptions } from './tenant-admin';
import { defaultLocation, DEFAULT_PORT, startSandbox, type RunningSandbox, type SandboxOptions } from './sandbox';

export { startSandbox, defaultLocation, DEFAULT_PORT, demoPfx, demoCertificatePem };
export type { RunningSandbox, SandboxOptions, NewApplication, NewApplicationOptions };

/** The demo tenant's fixed, documented values (src/sandbox/README.md). */
export interface DemoTenantInfo {
  TenantId: string;
  TenantDomain: string;
  TenantDisplayName: string;
  ApplicationId: string;
  ApplicationName: string;
  ApplicationObjectId: string;
  ServicePrincipalId: string;
  CertificateThumbprint: string;
  CertificateSubject: string;
  ClientSecret: string;
  GrantedPermissions: string[];
  SystemAssignedIdentityClientId: string;
  UserAssignedIdentityClientId: string;
  UserAssignedIdentityResourceId: string;
}

export function demoTenantInfo(): DemoTenantInfo {
  return {
    TenantId: DEMO.tenantId,
    TenantDomain: DEMO.tenantDomain,
    TenantDisplayName: DEMO.tenantDisplayName,
    ApplicationId: DEMO.applicationId,
    ApplicationName: DEMO.applicationName,
    ApplicationObjectId: DEMO.applicationObjectId,
    ServicePrincipalId: DEMO.servicePrincipalId,
    CertificateThumbprint: DEMO.certificateThumbprint,
    CertificateSubject: DEMO.certificateSubject,
    ClientSecret: DEMO.clientSecret,
    GrantedPermissions: [...DEMO.grantedRoles],
    SystemAssignedIdentityClientId: DEMO.systemAssignedIdentity.clientId,
    UserAssignedIdentityClientId: DEMO.userAssignedIdentity.clientId,
    UserAssignedIdentityResourceId: `/subscriptions/${DEMO.subscriptionId}/resourceGroups/psnode-sandbox/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${DEMO.userAssignedIdentity.name}`,
  };
}

/** The demo app's client secret from its 0600 file (undefined until the sandbox folder is first seeded). */
export function readDemoClientSecret(location: string = defaultLocation()): string | undefined {
  try {
    return fs.readFileSync(path.join(location, DEMO_SECRET_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Re-seeds the demo tenant in a sandbox folder (default `$PSNODE_HOME/sandbox`); a running server sees it at once. */
export function resetSandbox(location: string = defaultLocation()): void {
  new StateStore({ folder: location }).reset();
}

/** Adds an application to a sandbox folder's tenant (default the demo tenant); a running server sees it at once. */
export function addSandboxApplication(options: NewApplicationOptions, location: string = defaultLocation()): NewApplication {
  return addApplication(new StateStore({ folder: location }), options);
}

/** Same, against a running sandbox (needed for in-memory ones). */
export function addApplicationTo(sandbox: RunningSandbox, options: NewApplicationOptions): NewApplication {
  return addApplication(sandbox.store, options);
}
