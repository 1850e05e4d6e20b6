// Views of the data-format cmdlets' objects: Get-FileHash's FileHashInfo.

import { registerViews } from './registry';

registerViews(
  {
    kind: 'table',
    name: 'Microsoft.PowerShell.Commands.FileHashInfo',
    typeNames: ['Microsoft.PowerShell.Commands.FileHashInfo'],
    columns: [
      { property: 'Algorithm', width: 15, alignment: 'left' },
      { property: 'Hash', width: 70, alignment: 'left' },
      { property: 'Path' },
    ],
  },
);
