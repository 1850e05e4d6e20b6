// The provider interface: what the engine and the location/item cmdlets need from drives and providers.
//
// NOTE for the runtime engineer (written by the providers engineer, who owns src/providers/ and this file):
// - The session's provider state is the `session.service('providers', ...)` singleton: the host creates it with
//   `createSessionProviders(tables, cwd)` from src/providers/index.ts when the engine first asks for the location
//   (cmdlets read `session.location` first so the host's state wins); a session may instead carry it as
//   `session.providers` (see `HasProviders`). Variable:/Function:/Alias: read the runtime's tables through
//   `tablesOverHandle(handle)` (src/providers/session/handle-tables.ts), seen from the calling command's scope.
// - `$env:NAME`, `${env:NAME}`, `$variable:x`, `$function:f` read and write through `readItemValue` /
//   `writeItemValue` (pwsh's "variable notation" on content providers), so scripts and Env: see the same values.
// - Variable:, Function: and Alias: are views over the runtime's own session tables; the providers never hold a copy.
// - A cmdlet may carry `dynamicParameters(bound, session)` (see `DynamicParameterSource`): the binder calls it after
//   binding the static parameters (with the bound values) and binds the remaining named arguments to what it returns,
//   e.g. Get-ChildItem gets -DnsName/-EKU from the Cert: provider when -Path points into Cert:.
// Paths: a *provider path* is the provider's own absolute path ('/tmp/x' for FileSystem, 'HOME' for Environment,
// 'CurrentUser/My/<thumbprint>' for Certificate), segments separated by '/'. A *PS path* is what users see
// ('/tmp/x', 'Env:/HOME', 'Cert:\CurrentUser\My'). Providers only ever receive provider paths.

import type { ParameterDefinition } from './command-types';

/** What a provider can do (System.Management.Automation.Provider.ProviderCapabilities, as Get-PSProvider shows). */
export type ProviderCapability = 'Filter' | 'ShouldProcess' | 'Credentials' | 'Include' | 'Exclude' | 'ExpandWildcards';

/** A child of a container, as a provider lists it. */
export interface ProviderChild {
  /** The child's name (last path segment, provider spelling). */
  name: string;
  isContainer: boolean;
  /** The object written to the pipeline (FileInfo, DictionaryEntry, X509Certificate2, PSVariable ...). */
  item: unknown;
}

/** Options the core passes to provider calls. */
export interface ProviderCallOptions {
  /** -Force: hidden items, overwrite read-only targets, create missing parents. */
  force: boolean;
  /** Bound values of the provider's dynamic parameters (e.g. { DnsName: 'x*', CodeSigningCert: true }). */
  dynamicParameters: Readonly<Record<string, unknown>>;
  /** Asks before a change (-WhatIf prints `What if: Performing the operation "<action>" on target "<target>".`);
   * the provider skips the change on false. Absent means yes. */
  shouldProcess?(target: string, action: string): boolean;
  /** Writes a warning on the calling command's warning stream (e.g. a store file that could not be read). */
  writeWarning?(message: string): void;
}

export interface NewItemRequest {
  /** -ItemType as typed ('File', 'Directory', 'SymbolicLink', '' when not given). */
  itemType: string;
  value: unknown;
}

/**
 * A provider. The item/container/navigation/content capabilities of pwsh's CmdletProvider classes are optional
 * method groups: a provider that cannot do a thing leaves the method out and the core answers with pwsh's
 * "provider does not support" error.
 */
export interface Provider {
  /** 'FileSystem', 'Environment', 'Certificate'. */
  readonly name: string;
  /** 'Microsoft.PowerShell.Core', 'Microsoft.PowerShell.Security'. */
  readonly moduleName: string;
  readonly capabilities: readonly ProviderCapability[];
  /** Names compare case-sensitively (FileSystem on Linux) or not (every other provider). */
  readonly caseSensitive: boolean;
  /** The separator the provider prints ('/' on Unix for the core providers; '\' for Certificate, as on Windows). */
  readonly separator: '/' | '\\';
  /** Navigation providers (hierarchical: FileSystem, Certificate) give items PSParentPath and PSChildName. */
  readonly isNavigation: boolean;
  /** '~' expands to this provider path (FileSystem: $HOME). */
  home?(): string | undefined;

  // Item capability
  itemExists(path: string, opts: ProviderCallOptions): boolean;
  isContainer(path: string): boolean;
  /** The item at path (undefined when it does not exist). */
  getItem(path: string, opts: ProviderCallOptions): unknown;

  // Container capability: direct children in display order (hidden ones only with opts.force).
  getChildItems(path: string, opts: ProviderCallOptions): ProviderChild[];
  newItem?(path: string, request: NewItemRequest, opts: ProviderCallOptions): unknown;
  removeItem?(path: string, recurse: boolean, opts: ProviderCallOptions): void;
  copyItem?(path: string, destination: string, recurse: boolean, opts: ProviderCallOptions): unknown;
  /** Renames an item within its container. */
  renameItem?(path: string, newName: string, opts: ProviderCallOptions): unknown;
  /** Navigation capability: move (rename) an item to destination. */
  moveItem?(path: string, destination: string, opts: ProviderCallOptions): unknown;
  /** Clear-Item: empties the item (a variable keeps its name with a $null value; other session items go away). */
  clearItem?(path: string, opts: ProviderCallOptions): void;
  /** Set-Item: gives the item a value, creating it; returns the item (undefined when skipped or removed). */
  setItem?(path: string, value: unknown, opts: ProviderCallOptions): unknown;

  // Content capability
  readContent?(path: string): string;
  writeContent?(path: string, text: string, append: boolean, opts: ProviderCallOptions): void;
  /** Clear-Content: empties the item's content, keeping the item. */
  clearContent?(path: string, opts: ProviderCallOptions): void;

  /** Variable notation: `$env:X` reads, `$env:X = v` writes (content providers of scalar items). */
  readValue?(path: string): unknown;
  writeValue?(path: string, value: unknown): void;

  /** Parameters this provider adds to a cmdlet (by cmdlet name) for paths inside it. */
  dynamicParameters?(commandName: string): ParameterDefinition[] | undefined;
  /** Keeps the children the dynamic parameters select (Get-ChildItem -DnsName ... on Cert:). */
  filterByDynamicParameters?(children: ProviderChild[], opts: ProviderCallOptions): ProviderChild[];
}

/** A provider and the drives it brings (the Certificate provider: `Cert` with root ''). */
export interface ProviderRegistration {
  provider: Provider;
  drives: { name: string; root: string; description?: string }[];
}

/** System.Management.Automation.ProviderInfo as scripts see it. */
export interface ProviderInfo {
  readonly name: string;
  readonly moduleName: string;
  readonly provider: Provider;
  /** 'Microsoft.PowerShell.Core\FileSystem' (what PSProvider prints). */
  toString(): string;
}

/** System.Management.Automation.PSDriveInfo. */
export interface PSDriveInfo {
  readonly name: string;
  readonly providerInfo: ProviderInfo;
  /** Provider path of the drive root ('/' for the Unix root drive, '' for Env:, '/tmp/' for Temp:). */
  readonly root: string;
  /** The current location on this drive, relative to the root, '/'-separated, no leading separator. */
  currentLocation: string;
  readonly description: string;
  /** The drive's name (what PSDrive prints). */
  toString(): string;
}

/** System.Management.Automation.PathInfo (Get-Location, Resolve-Path). */
export interface PathInfo {
  readonly drive: PSDriveInfo | null;
  readonly providerInfo: ProviderInfo;
  /** The PS path ('/tmp', 'Env:/', 'Cert:\CurrentUser\My'). */
  readonly path: string;
  /** The provider path ('/tmp', '', 'CurrentUser\My'). */
  readonly providerPath: string;
  toString(): string;
}

/** A path after resolution: where it points and how to print it. */
export interface ResolvedPath {
  providerInfo: ProviderInfo;
  drive: PSDriveInfo | null;
  /** Provider path, '/'-separated. */
  providerPath: string;
  /** The PS path as pwsh prints it for this location. */
  psPath: string;
}

/** A runtime table (variables, functions or aliases) seen by the Variable:/Function:/Alias: providers. */
export interface SessionTable {
  /** Items in the table's listing order; each `item` is the PSVariable / FunctionInfo / AliasInfo object. */
  list(): { name: string; item: unknown }[];
  get(name: string): unknown;
  /** The item's value (a variable's value, a function's script block, an alias's definition). */
  getValue(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
}

export interface SessionTables {
  variables: SessionTable;
  functions: SessionTable;
  aliases: SessionTable;
}

/** The per-session provider state: providers, drives, current location, location stacks, path resolution. */
export interface SessionProviders {
  providers(): ProviderInfo[];
  drives(): PSDriveInfo[];
  getDrive(name: string): PSDriveInfo | undefined;
  currentDrive(): PSDriveInfo;
  /** $PWD / Get-Location. */
  currentLocation(): PathInfo;
  /** Resolves one path without wildcards (LiteralPath semantics). Throws PSError DriveNotFound. */
  resolveLiteral(path: string): ResolvedPath;
  /** Resolves -Path: expands wildcards; [] when nothing matches. Throws PSError DriveNotFound. */
  resolveWildcard(path: string, opts: ProviderCallOptions): ResolvedPath[];
  readItemValue(driveName: string, name: string): unknown;
  writeItemValue(driveName: string, name: string, value: unknown): void;
}

export interface HasProviders {
  readonly providers: SessionProviders;
  readonly providerTables?: SessionTables;
}

/** A command whose parameters depend on the provider its -Path points into. */
export interface DynamicParameterSource {
  dynamicParameters?(bound: Readonly<Record<string, unknown>>, session: unknown): ParameterDefinition[];
}
