// The session-level objects scripts see for providers: ProviderInfo, PSDriveInfo, PathInfo and PathInfoStack,
// with their type adapters (so GetType(), member access and Format-* treat them as the .NET types).

import type { Provider, ProviderInfo, PSDriveInfo, PathInfo } from '../../runtime/providers-api';
import { registerType } from '../../runtime/values/type-registry';

export class ProviderInfoObject implements ProviderInfo {
  readonly drives: DriveInfoObject[] = [];
  constructor(readonly provider: Provider) {}
  get name(): string {
    return this.provider.name;
  }
  get moduleName(): string {
    return this.provider.moduleName;
  }
  /** 'Microsoft.PowerShell.Core\FileSystem': the provider-qualified name PSProvider and PSPath use. */
  toString(): string {
    return `${this.provider.moduleName}\\${this.provider.name}`;
  }
}

export class DriveInfoObject implements PSDriveInfo {
  currentLocation = '';
  constructor(
    readonly name: string,
    readonly providerInfo: ProviderInfoObject,
    readonly root: string,
    readonly description = '',
  ) {}
  toString(): string {
    return this.name;
  }
}

export class PathInfoObject implements PathInfo {
  constructor(
    readonly drive: PSDriveInfo | null,
    readonly providerInfo: ProviderInfo,
    readonly path: string,
    readonly providerPath: string,
  ) {}
  toString(): string {
    return this.path;
  }
}

/** A named Push-Location stack, most recent first when enumerated (Stack<PathInfo>). */
export class PathInfoStack {
  readonly items: PathInfo[] = [];
  constructor(readonly name: string) {}
  push(p: PathInfo): void {
    this.items.push(p);
  }
  pop(): PathInfo | undefined {
    return this.items.pop();
  }
  peek(): PathInfo | undefined {
    return this.items[this.items.length - 1];
  }
  *[Symbol.iterator](): Iterator<PathInfo> {
    for (let i = this.items.length - 1; i >= 0; i--) yield this.items[i];
  }
}

registerType({
  fullName: 'System.Management.Automation.ProviderInfo',
  jsClass: ProviderInfoObject,
  properties: [
    { name: 'ImplementingType', get: (p: ProviderInfoObject) => `${p.moduleName}.${p.name}Provider` },
    { name: 'HelpFile', type: 'string', get: () => '' },
    { name: 'Name', type: 'string', get: (p: ProviderInfoObject) => p.name },
    { name: 'PSSnapIn', get: () => null },
    { name: 'ModuleName', type: 'string', get: (p: ProviderInfoObject) => p.moduleName },
    { name: 'Module', get: () => null },
    { name: 'Description', type: 'string', get: () => '' },
    { name: 'Capabilities', get: (p: ProviderInfoObject) => p.provider.capabilities.join(', ') },
    { name: 'Home', type: 'string', get: (p: ProviderInfoObject) => p.provider.home?.() ?? '' },
    { name: 'Drives', get: (p: ProviderInfoObject) => [...p.drives] },
  ],
  toString: (p: ProviderInfoObject) => p.toString(),
});

registerType({
  fullName: 'System.Management.Automation.PSDriveInfo',
  jsClass: DriveInfoObject,
  properties: [
    { name: 'CurrentLocation', type: 'string', get: (d: DriveInfoObject) => d.currentLocation.split('/').join(d.providerInfo.provider.separator) },
    { name: 'Name', type: 'string', get: (d: DriveInfoObject) => d.name },
    { name: 'Provider', get: (d: DriveInfoObject) => d.providerInfo },
    { name: 'Root', type: 'string', get: (d: DriveInfoObject) => d.root },
    { name: 'Description', type: 'string', get: (d: DriveInfoObject) => d.description },
    { name: 'MaximumSize', get: () => null },
    { name: 'Credential', get: () => null },
    { name: 'DisplayRoot', get: () => null },
  ],
  toString: (d: DriveInfoObject) => d.name,
});

registerType({
  fullName: 'System.Management.Automation.PathInfo',
  jsClass: PathInfoObject,
  properties: [
    { name: 'Drive', get: (p: PathInfoObject) => p.drive },
    { name: 'Provider', get: (p: PathInfoObject) => p.providerInfo },
    { name: 'ProviderPath', type: 'string', get: (p: PathInfoObject) => p.providerPath },
    { name: 'Path', type: 'string', get: (p: PathInfoObject) => p.path },
  ],
  toString: (p: PathInfoObject) => p.path,
});

registerType({
  fullName: 'System.Management.Automation.PathInfoStack',
  jsClass: PathInfoStack,
  properties: [
    { name: 'Name', type: 'string', get: (s: PathInfoStack) => s.name },
    { name: 'Count', type: 'int', get: (s: PathInfoStack) => s.items.length },
  ],
  methods: [
    { name: 'Peek', invoke: (s: PathInfoStack) => s.peek() ?? null },
  ],
  enumerate: (s: PathInfoStack) => s,
});
