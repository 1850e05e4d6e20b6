// A default session's providers and drives (pwsh 7.6.9's Get-PSProvider / Get-PSDrive on Linux, plus Cert:), and
// variable notation ($env:X) through the providers.

import { createSessionProviders } from '../../src/providers';
import { MemoryTable } from './harness';

const tables = () => ({ variables: new MemoryTable('v'), functions: new MemoryTable('f'), aliases: new MemoryTable('a') });

test('providers and drives', () => {
  const state = createSessionProviders(tables(), '/');
  expect(state.providers().map((p) => `${p.name}|${p.moduleName}|${p.provider.capabilities.join(', ')}|${p.drives.map(String).join(' ')}`)).toEqual([
    'Alias|Microsoft.PowerShell.Core|ShouldProcess|Alias',
    'Environment|Microsoft.PowerShell.Core|ShouldProcess|Env',
    'FileSystem|Microsoft.PowerShell.Core|Filter, ShouldProcess, Credentials|/ Temp',
    'Function|Microsoft.PowerShell.Core|ShouldProcess|Function',
    'Variable|Microsoft.PowerShell.Core|ShouldProcess|Variable',
    'Certificate|Microsoft.PowerShell.Security|ShouldProcess|Cert',
  ]);
  expect(state.drives().map((d) => `${d.name}|${d.description}`)).toEqual([
    '/|',
    'Alias|Drive that contains a view of the aliases stored in a session state',
    'Cert|X509 Certificate Provider',
    'Env|Drive that contains a view of the environment variables for the process',
    'Function|Drive that contains a view of the functions stored in a session state',
    'Temp|Drive that maps to the temporary directory path for the current user',
    'Variable|Drive that contains a view of those variables stored in a session state',
  ]);
  expect(String(state.currentLocation())).toBe('/');
});

test('variable notation reads and writes Env: and Variable: items', () => {
  const t = tables();
  const state = createSessionProviders(t, '/', []);
  const name = `PSNODE_NOTATION_${process.pid}`;
  state.writeItemValue('env', name, 'v1');
  expect(process.env[name]).toBe('v1');
  expect(state.readItemValue('Env', name)).toBe('v1');
  state.writeItemValue('env', name, null);
  expect(process.env[name]).toBeUndefined();
  expect(state.readItemValue('env', name)).toBeNull();
  state.writeItemValue('variable', 'answer', 42);
  expect(t.variables.getValue('answer')).toBe(42);
  expect(state.readItemValue('Variable', 'ANSWER')).toBe(42);
});
