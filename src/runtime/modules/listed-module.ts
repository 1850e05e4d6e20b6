// A module as Get-Module -ListAvailable writes it: the PSModuleInfo with the ModuleInfoGrouping type name in front,
// which selects pwsh's view grouped by the PSModulePath folder the module was found in.

import { PSObject } from '../values';
import type { PSModuleInfo } from './module-info';

export function listedModule(m: PSModuleInfo): PSObject {
  return new PSObject(m, ['ModuleInfoGrouping', 'System.Management.Automation.PSModuleInfo', 'System.Object']);
}

/** The folder a listed module was found in: its ModuleBase without the version folder. */
export function moduleRootOf(path: string): string {
  const parts = path.split('/');
  parts.pop();
  if (/^\d+(\.\d+){1,3}$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  parts.pop();
  return parts.join('/');
}
