// What the *-EntraSandbox cmdlets show: the demo tenant's documented values (src/sandbox/README.md) and, when this
// process runs the sandbox, its endpoints.
import type { SandboxEndpoints } from '../../../src/identity';
import { PSObject } from '../../../src/runtime/values';
import { demoTenantInfo } from '../../../src/sandbox/index';

export function sandboxInfo(running: SandboxEndpoints | undefined): PSObject {
  const info = PSObject.fromEntries(Object.entries(demoTenantInfo()));
  info.setNote('Running', running !== undefined);
  info.setNote('AuthorityHost', running?.azureADEndpoint ?? null);
  info.setNote('GraphEndpoint', running?.graphEndpoint ?? null);
  info.setNote('IdentityEndpoint', running?.managedIdentity.url ?? null);
  info.setNote('Location', running?.location ?? null);
  return info;
}
