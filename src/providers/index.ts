// Creates a session's providers and drives (what pwsh's InitialSessionState does for FileSystem, Environment,
// Variable, Function and Alias, plus Cert:). The host calls createSessionProviders() while it builds a runspace;
// more providers register in ADDITIONAL_PROVIDERS.

import * as os from 'os';
import type { ProviderRegistration, SessionTables } from '../runtime/providers-api';
import { SessionProvidersState } from './core/session-providers';
import { FileSystemProvider } from './filesystem/filesystem-provider';
import { FlatTableProvider } from './session/flat-table-provider';
import { environmentTable } from './session/environment-table';

export { SessionProvidersState } from './core/session-providers';
export { wrapItem } from './core/item-output';
export { ChildWalker } from './core/child-items';
export { WildcardPattern, hasWildcard } from './core/wildcard';
export { FileInfo, DirectoryInfo } from './filesystem/file-system-info';

/**
 * Providers beyond the core ones, each loaded when a session is created (keep construction cheap: read stores on
 * first use).
 */
export const ADDITIONAL_PROVIDERS: Array<() => ProviderRegistration> = [
  () => (require('./certificate') as typeof import('./certificate')).certificateProviderRegistration(),
];

/** The core providers and drives, with the current location at `cwd` (the process's working directory by default). */
export function createSessionProviders(
  tables: SessionTables,
  cwd: string = process.cwd(),
  additional: ProviderRegistration[] = ADDITIONAL_PROVIDERS.map((load) => load()),
): SessionProvidersState {
  const state = new SessionProvidersState();
  state.tables = tables;
  const aliases = state.addProvider(new FlatTableProvider('Alias', tables.aliases));
  const env = state.addProvider(new FlatTableProvider('Environment', environmentTable, process.platform !== 'win32'));
  const fileSystem = state.addProvider(new FileSystemProvider());
  const functions = state.addProvider(new FlatTableProvider('Function', tables.functions));
  const variables = state.addProvider(new FlatTableProvider('Variable', tables.variables, false, true));
  state.addDrive('/', fileSystem, '/', '');
  state.addDrive('Alias', aliases, '', 'Drive that contains a view of the aliases stored in a session state');
  state.addDrive('Env', env, '', 'Drive that contains a view of the environment variables for the process');
  state.addDrive('Function', functions, '', 'Drive that contains a view of the functions stored in a session state');
  state.addDrive('Temp', fileSystem, os.tmpdir().replace(/\/?$/, '/'), 'Drive that maps to the temporary directory path for the current user');
  state.addDrive('Variable', variables, '', 'Drive that contains a view of those variables stored in a session state');
  for (const reg of additional) {
    const info = state.addProvider(reg.provider);
    for (const d of reg.drives) state.addDrive(d.name, info, d.root, d.description ?? '');
  }
  state.setLocation(cwd);
  return state;
}
