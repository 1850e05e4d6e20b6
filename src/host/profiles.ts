// $PROFILE and the profile scripts, as pwsh's ConsoleHost has them on Linux: the current user's under
// $XDG_CONFIG_HOME/powershell (else ~/.config/powershell), all users' under psnode's home (pwsh: $PSHOME). The
// profiles run dot-sourced, in pwsh's order, each as its own top-level run, so one profile's error shows as a
// script's error does and the next profile and the session go on.

import * as fs from 'fs';
import * as path from 'path';
import { PSObject } from '../runtime/values/psobject';
import { psnodeHome, userHome } from '../pki/store-paths';
import type { Runspace } from './runspace';

/** The host's profile file name (pwsh's `<ShellId>_profile.ps1`). */
const CURRENT_HOST_PROFILE = 'Microsoft.PowerShell_profile.ps1';
const ALL_HOSTS_PROFILE = 'profile.ps1';

/** The four profiles in the order pwsh runs them. */
export function profilePaths(env: NodeJS.ProcessEnv = process.env): Array<[string, string]> {
  const userConfig = path.join(env.XDG_CONFIG_HOME || path.join(userHome(), '.config'), 'powershell');
  const allUsers = psnodeHome();
  return [
    ['AllUsersAllHosts', path.join(allUsers, ALL_HOSTS_PROFILE)],
    ['AllUsersCurrentHost', path.join(allUsers, CURRENT_HOST_PROFILE)],
    ['CurrentUserAllHosts', path.join(userConfig, ALL_HOSTS_PROFILE)],
    ['CurrentUserCurrentHost', path.join(userConfig, CURRENT_HOST_PROFILE)],
  ];
}

/** $PROFILE: the current user's current-host path, a string carrying all four paths as note properties. */
export function setProfileVariable(rs: Runspace, paths = profilePaths()): void {
  const profile = new PSObject(paths[3][1]);
  for (const [name, file] of paths) profile.setNote(name, file);
  rs.setVariable('PROFILE', profile);
}

/** Runs the profiles that exist (pwsh skips missing ones silently). */
export function runProfiles(rs: Runspace, paths = profilePaths()): void {
  for (const [, file] of paths) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) rs.runScript(`. '${file.replace(/'/g, "''")}'`);
  }
}
