// The modules a runspace starts with. Each manifest only names its cmdlets; the cmdlet files load on first use.

import type { ModuleManifest } from '../runtime/commands/registry';

/** Loaders for every module manifest (required lazily so start-up reads only the small manifest files). */
export const MODULE_MANIFESTS: Array<() => ModuleManifest> = [
  () => require('../../cmdlets/Microsoft.PowerShell.Core/manifest').default,
  () => require('../../cmdlets/Microsoft.PowerShell.Utility/manifest').default,
  () => require('../../cmdlets/Microsoft.PowerShell.Management/manifest').default,
  () => require('../../cmdlets/Microsoft.PowerShell.Security/manifest').default,
  () => require('../../cmdlets/Microsoft.Graph.Authentication/manifest').default,
  () => require('../../cmdlets/Microsoft.Entra/manifest').default,
  () => require('../../cmdlets/PKI/manifest').default,
];
