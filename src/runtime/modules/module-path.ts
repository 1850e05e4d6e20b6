// Finding modules on disk: $env:PSModulePath (pwsh's Linux defaults when unset), `Name/Name.psd1|.psm1` and
// versioned folders `Name/1.2.3/Name.psd1`, newest version first.

import * as fs from 'fs';
import * as pathMod from 'path';
import { Version } from '../values';

export const MODULE_EXTENSIONS = ['.psd1', '.psm1', '.ps1'];

/** pwsh's default PSModulePath on Linux: the user's, the machine's, then the one beside the program. */
export function defaultModulePath(home: string, programModules: string): string {
  return [pathMod.join(home, '.local/share/powershell/Modules'), '/usr/local/share/powershell/Modules', programModules].join(pathMod.delimiter);
}

export function modulePathEntries(): string[] {
  return (process.env.PSModulePath ?? '').split(pathMod.delimiter).filter((p) => p !== '');
}

export interface VersionConstraint {
  minimum?: Version;
  maximum?: Version;
  required?: Version;
}

export function satisfies(v: Version, c: VersionConstraint): boolean {
  if (c.required && v.compare(c.required) !== 0) return false;
  if (c.minimum && v.compare(c.minimum) < 0) return false;
  if (c.maximum && v.compare(c.maximum) > 0) return false;
  return true;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Version folders under a module folder, newest first. */
function versionFolders(dir: string): Array<{ version: Version; path: string }> {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: Array<{ version: Version; path: string }> = [];
  for (const n of names) {
    const v = Version.parse(n);
    if (v && isDirectory(pathMod.join(dir, n))) out.push({ version: v, path: pathMod.join(dir, n) });
  }
  return out.sort((a, b) => b.version.compare(a.version));
}

/** The module files a module folder offers, newest version first (a versioned folder needs a manifest). */
export function moduleFilesIn(dir: string, name: string): string[] {
  const out: string[] = [];
  for (const f of versionFolders(dir)) {
    const manifest = pathMod.join(f.path, name + '.psd1');
    if (isFile(manifest)) out.push(manifest);
  }
  for (const ext of MODULE_EXTENSIONS) {
    const p = pathMod.join(dir, name + ext);
    if (isFile(p)) {
      out.push(p);
      break;
    }
  }
  return out;
}

/** Candidate module files for a module name across PSModulePath, in search order. */
export function findModuleFiles(name: string): string[] {
  const out: string[] = [];
  for (const root of modulePathEntries()) {
    const dir = pathMod.join(root, name);
    if (isDirectory(dir)) out.push(...moduleFilesIn(dir, pathMod.basename(dir)));
  }
  return out;
}

/** The module file for a path given to Import-Module: a file as is, a folder by its own name inside it. */
export function moduleFileAtPath(full: string): string | undefined {
  if (isFile(full)) return full;
  if (isDirectory(full)) return moduleFilesIn(full, pathMod.basename(full))[0];
  for (const ext of MODULE_EXTENSIONS) if (isFile(full + ext)) return full + ext;
  return undefined;
}

/** Every module folder under PSModulePath: [root, folder name] pairs. */
export function listModuleFolders(): Array<{ root: string; name: string }> {
  const out: Array<{ root: string; name: string }> = [];
  for (const root of modulePathEntries()) {
    let names: string[];
    try {
      names = fs.readdirSync(root).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    } catch {
      continue;
    }
    for (const n of names) if (isDirectory(pathMod.join(root, n))) out.push({ root, name: n });
  }
  return out;
}

/** A name Import-Module should treat as a path rather than a module name. */
export function looksLikePath(name: string): boolean {
  return /[\\/]/.test(name) || /^~/.test(name) || MODULE_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) || /\.dll$/i.test(name);
}
