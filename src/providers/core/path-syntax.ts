// How pwsh reads a path string (LocationGlobber): provider-qualified `Module\Provider::rest`, drive-qualified
// `Name:rest`, rooted `/rest` (the Unix file system root), home `~/rest`, or relative to the current location.

export type PathForm =
  | { kind: 'provider'; providerName: string; segments: string[] }
  | { kind: 'drive'; driveName: string; driveRooted: boolean; segments: string[] }
  | { kind: 'root'; segments: string[] }
  | { kind: 'home'; segments: string[] }
  | { kind: 'relative'; segments: string[] };

/** Splits a path into segments on either separator; empty segments (doubled or trailing separators) drop out. */
export function splitSegments(rest: string): string[] {
  return rest.split(/[\\/]/).filter((s) => s !== '');
}

export function isSeparator(c: string | undefined): boolean {
  return c === '/' || c === '\\';
}

export function parsePath(path: string): PathForm {
  const qualifier = path.indexOf('::');
  if (qualifier > 0) {
    const provider = path.slice(0, qualifier);
    return {
      kind: 'provider',
      providerName: provider.slice(Math.max(provider.lastIndexOf('\\'), provider.lastIndexOf('/')) + 1),
      segments: splitSegments(path.slice(qualifier + 2)),
    };
  }
  const drive = /^([^:\\/]+):(.*)$/s.exec(path);
  if (drive) {
    return { kind: 'drive', driveName: drive[1], driveRooted: isSeparator(drive[2][0]), segments: splitSegments(drive[2]) };
  }
  if (isSeparator(path[0])) return { kind: 'root', segments: splitSegments(path) };
  if (path === '~' || path.startsWith('~/') || path.startsWith('~\\')) return { kind: 'home', segments: splitSegments(path.slice(1)) };
  return { kind: 'relative', segments: splitSegments(path) };
}

/** Applies '.' and '..' to a list of segments under a root ('..' at the root stays at the root). */
export function normalizeSegments(base: readonly string[], relative: readonly string[]): string[] {
  const out = [...base];
  for (const s of relative) {
    if (s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out;
}
