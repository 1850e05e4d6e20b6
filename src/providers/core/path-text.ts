// Path arithmetic on the text of a path, without touching any provider (Join-Path, Split-Path): qualifiers,
// parent and leaf, joining with the provider's separator. Behaves as pwsh 7.6 on Unix, where '\' reads as '/'.

const QUALIFIER = /^([^:\\/]+::|[^:\\/]+:)/;

/** 'Env:' of 'Env:\HOME', 'Microsoft.PowerShell.Core\FileSystem::' of a provider-qualified path, or undefined. */
export function qualifierOf(path: string): string | undefined {
  const provider = path.indexOf('::');
  if (provider > 0) return path.slice(0, provider + 2);
  return QUALIFIER.exec(path)?.[1];
}

/** The path without its qualifier (kept whole when nothing follows the qualifier, as pwsh does). */
export function withoutQualifier(path: string): string {
  const q = qualifierOf(path);
  return q === undefined || q.length === path.length ? path : path.slice(q.length);
}

export function isAbsolutePathText(path: string): boolean {
  return qualifierOf(path) !== undefined || path.startsWith('/') || path.startsWith('\\');
}

function normalizeSeparators(path: string, sep: string): string {
  return path.replace(/[\\/]/g, sep);
}

/** Split-Path -Parent: '' when the parent is a root ('/tmp', 'Env:\HOME') or there is none ('a'). */
export function parentText(path: string, sep: string): string {
  const q = qualifierOf(path) ?? '';
  const body = normalizeSeparators(path.slice(q.length), sep).replace(/[\\/]+$/, '');
  const cut = body.lastIndexOf(sep);
  if (cut <= 0) return '';
  return q + body.slice(0, cut);
}

/** Split-Path -Leaf: the last segment ('' for a bare qualifier). */
export function leafText(path: string): string {
  const body = path.slice((qualifierOf(path) ?? '').length).replace(/[\\/]+$/, '');
  return body.slice(Math.max(body.lastIndexOf('/'), body.lastIndexOf('\\')) + 1);
}

export function extensionText(leaf: string): string {
  const dot = leaf.lastIndexOf('.');
  return dot < 0 || dot === leaf.length - 1 ? '' : leaf.slice(dot);
}

export function leafBaseText(leaf: string): string {
  const ext = extensionText(leaf);
  return ext ? leaf.slice(0, -ext.length) : leaf;
}

/** Join-Path: one separator between the parts, separators spelled the provider's way. */
export function joinText(parent: string, child: string, sep: string): string {
  const left = normalizeSeparators(parent, sep);
  const right = normalizeSeparators(child, sep).replace(/^[\\/]+/, '');
  if (left === '') return right;
  return left.endsWith(sep) ? left + right : left + sep + right;
}
