// AliasInfo objects for the *-Alias cmdlets (the same CommandInfo objects Get-Command writes).

import { CommandInfoObject } from '../../Microsoft.PowerShell.Core/Get-Command';

export function aliasInfo(name: string, target: string): CommandInfoObject {
  return new CommandInfoObject({ name, commandType: 'Alias', definition: target, module: '' });
}
