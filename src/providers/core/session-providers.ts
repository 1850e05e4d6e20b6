// The per-session provider state (SessionStateInternal's drive and location parts): providers, drives, the current
// location per drive, Push-Location stacks, and path resolution with wildcard expansion, as LocationGlobber does it.

import type {
  Provider, ProviderCallOptions, ResolvedPath, SessionProviders, SessionTables,
} from '../../runtime/providers-api';
import { ProviderInfoObject, DriveInfoObject, PathInfoObject, PathInfoStack } from './provider-objects';
import { parsePath, normalizeSegments, splitSegments } from './path-syntax';
import { hasWildcard, unescapeWildcard, WildcardPattern } from './wildcard';
import { driveNotFound, pathNotFound, providerError } from './provider-errors';
import { ProviderMsg, fmt } from './messages';
import { PSError } from '../../runtime/values/errors';

/** A location inside a drive: the segments below the drive root. */
export interface Location {
  providerInfo: ProviderInfoObject;
  drive: DriveInfoObject;
  rel: string[];
  /** The provider qualifier as typed ('FileSystem::'), when the path was provider-qualified: it prints that way
   * and has no drive (PSDrive and PathInfo.Drive are $null). */
  qualifier?: string;
}

const NO_OPTIONS: ProviderCallOptions = { force: false, dynamicParameters: {} };
export const DEFAULT_STACK = 'default';

function rootSegments(drive: DriveInfoObject): string[] {
  return splitSegments(drive.root);
}

function rootPrefix(drive: DriveInfoObject): string {
  return drive.root.startsWith('/') ? '/' : '';
}

export class SessionProvidersState implements SessionProviders {
  /** The session tables behind Variable:, Function: and Alias:. */
  tables?: SessionTables;
  private readonly providerList: ProviderInfoObject[] = [];
  private readonly driveList: DriveInfoObject[] = [];
  private current!: DriveInfoObject;
  private readonly stacks = new Map<string, PathInfoStack>();
  private defaultStackName = DEFAULT_STACK;
  /** `Set-Location -` and `Set-Location +` history (pwsh keeps 20 entries each way). */
  private readonly backHistory: PathInfoObject[] = [];
  private readonly forwardHistory: PathInfoObject[] = [];

  addProvider(provider: Provider): ProviderInfoObject {
    const info = new ProviderInfoObject(provider);
    this.providerList.push(info);
    return info;
  }

  addDrive(name: string, info: ProviderInfoObject, root: string, description = ''): DriveInfoObject {
    const drive = new DriveInfoObject(name, info, root, description);
    this.driveList.push(drive);
    info.drives.push(drive);
    if (!this.current) this.current = drive;
    return drive;
  }

  providers(): ProviderInfoObject[] {
    return [...this.providerList];
  }

  drives(): DriveInfoObject[] {
    return [...this.driveList].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  getDrive(name: string): DriveInfoObject | undefined {
    const n = name.toLowerCase();
    return this.driveList.find((d) => d.name.toLowerCase() === n);
  }

  findProvider(name: string): ProviderInfoObject | undefined {
    const n = name.toLowerCase();
    return this.providerList.find((p) => p.name.toLowerCase() === n);
  }

  currentDrive(): DriveInfoObject {
    return this.current;
  }

  // ---- locations ----

  providerPathOf(loc: Location): string {
    if (loc.rel.length === 0) return loc.drive.root;
    return rootPrefix(loc.drive) + [...rootSegments(loc.drive), ...loc.rel].join('/');
  }

  /** The path as pwsh prints it: '/tmp/x' on the root drive, 'Env:/HOME', 'Cert:\CurrentUser\My', or qualified. */
  psPathOf(loc: Location): string {
    const sep = loc.providerInfo.provider.separator;
    if (loc.qualifier !== undefined) return loc.qualifier + this.displayProviderPath(loc);
    if (loc.drive.name === '/' && loc.drive.root === '/') return '/' + loc.rel.join('/');
    return `${loc.drive.name}:${sep}${loc.rel.join(sep)}`;
  }

  displayProviderPath(loc: Location): string {
    return this.providerPathOf(loc).split('/').join(loc.providerInfo.provider.separator);
  }

  toResolved(loc: Location): ResolvedPath & { location: Location } {
    return {
      providerInfo: loc.providerInfo,
      drive: loc.drive,
      providerPath: this.providerPathOf(loc),
      psPath: this.psPathOf(loc),
      location: loc,
    };
  }

  /** The drive of a provider that holds a provider path (the one with the shortest root, e.g. '/' over Temp:). */
  private locate(info: ProviderInfoObject, providerPath: string, qualifier?: string): Location {
    const segs = splitSegments(providerPath);
    const same = (a: string, b: string) => (info.provider.caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase());
    const candidates = info.drives
      .map((d) => ({ d, root: rootSegments(d) }))
      .filter(({ root }) => root.length <= segs.length && root.every((s, i) => same(s, segs[i])))
      .sort((a, b) => a.root.length - b.root.length);
    if (candidates.length === 0) {
      throw new PSError(driveNotFound(info.name));
    }
    const { d, root } = candidates[0];
    return { providerInfo: info, drive: d, rel: segs.slice(root.length), qualifier };
  }

  /** Parses a path into a location, before wildcard expansion (segments may still hold patterns). */
  parseLocation(path: string): Location {
    const form = parsePath(path);
    switch (form.kind) {
      case 'provider': {
        const info = this.findProvider(form.providerName);
        if (!info) {
          throw providerError('ProviderNotFound', fmt(ProviderMsg.ProviderNotFound, form.providerName),
            'ObjectNotFound', 'System.Management.Automation.ProviderNotFoundException', form.providerName);
        }
        const prefix = info.drives[0] ? rootPrefix(info.drives[0]) : '';
        const loc = this.locate(info, prefix + form.segments.join('/'), path.slice(0, path.indexOf('::') + 2));
        return { ...loc, rel: normalizeSegments([], loc.rel) };
      }
      case 'drive': {
        const drive = this.getDrive(form.driveName);
        if (!drive) throw new PSError(driveNotFound(form.driveName));
        const base = form.driveRooted ? [] : splitSegments(drive.currentLocation);
        return { providerInfo: drive.providerInfo, drive, rel: normalizeSegments(base, form.segments) };
      }
      case 'root': {
        const drive = this.getDrive('/') ?? this.current;
        return { providerInfo: drive.providerInfo, drive, rel: normalizeSegments([], form.segments) };
      }
      case 'home': {
        const info = this.current.providerInfo;
        const home = info.provider.home?.();
        if (home === undefined) {
          throw providerError('InvalidOperation', fmt(ProviderMsg.HomeNotSet, info.name),
            'InvalidOperation', 'System.Management.Automation.PSInvalidOperationException', null);
        }
        const loc = this.locate(info, home);
        return { ...loc, rel: normalizeSegments(loc.rel, form.segments) };
      }
      default: {
        const drive = this.current;
        return {
          providerInfo: drive.providerInfo, drive, 
          rel: normalizeSegments(splitSegments(drive.currentLocation), form.segments),
        };
      }
    }
  }

  resolveLiteral(path: string): ResolvedPath & { location: Location } {
    return this.toResolved(this.parseLocation(path));
  }

  /**
   * Resolves -Path. A path without wildcards resolves to itself (existing or not: the cmdlet reports PathNotFound);
   * a path with wildcards resolves to the existing items that match, in the provider's order.
   */
  resolveWildcard(path: string, opts: ProviderCallOptions = NO_OPTIONS): (ResolvedPath & { location: Location })[] {
    const loc = this.parseLocation(path);
    if (!loc.rel.some(hasWildcard)) return [this.toResolved({ ...loc, rel: loc.rel.map(unescapeWildcard) })];
    const provider = loc.providerInfo.provider;
    let matches: string[][] = [[]];
    for (const seg of loc.rel) {
      if (!hasWildcard(seg)) {
        matches = matches.map((m) => [...m, unescapeWildcard(seg)]);
        continue;
      }
      const pattern = new WildcardPattern(seg, true);
      const next: string[][] = [];
      for (const m of matches) {
        const containerPath = this.providerPathOf({ ...loc, rel: m });
        if (!provider.itemExists(containerPath, opts) || !provider.isContainer(containerPath)) continue;
        for (const child of provider.getChildItems(containerPath, opts)) {
          if (pattern.isMatch(child.name)) next.push([...m, child.name]);
        }
      }
      matches = next;
    }
    return matches
      .map((rel) => ({ ...loc, rel }))
      .filter((l) => provider.itemExists(this.providerPathOf(l), opts))
      .map((l) => this.toResolved(l));
  }

  // ---- current location and stacks ----

  currentLocation(): PathInfoObject {
    return this.pathInfoOf({ providerInfo: this.current.providerInfo, drive: this.current, rel: splitSegments(this.current.currentLocation) });
  }

  /** Get-Location -PSDrive X: the current location on that drive. */
  locationOnDrive(drive: DriveInfoObject): PathInfoObject {
    return this.pathInfoOf({ providerInfo: drive.providerInfo, drive, rel: splitSegments(drive.currentLocation) });
  }

  pathInfoOf(loc: Location): PathInfoObject {
    const drive = loc.qualifier === undefined ? loc.drive : null;
    return new PathInfoObject(drive, loc.providerInfo, this.psPathOf(loc), this.displayProviderPath(loc));
  }

  /** Set-Location: the target must be an existing container. */
  setLocation(path: string, literal = false): PathInfoObject {
    const resolved = literal ? [this.resolveLiteral(path)] : this.resolveWildcard(path);
    if (resolved.length === 0) throw new PSError(pathNotFound(path));
    const target = resolved[0];
    const provider = target.providerInfo.provider;
    if (!provider.itemExists(target.providerPath, NO_OPTIONS)) throw new PSError(pathNotFound(literal ? path : target.psPath));
    if (!provider.isContainer(target.providerPath)) throw new PSError(pathNotFound(path));
    const loc = { ...target.location, qualifier: undefined };
    loc.drive.currentLocation = loc.rel.join('/');
    this.current = loc.drive;
    return this.pathInfoOf(loc);
  }

  stack(name: string | undefined, create: boolean): PathInfoStack | undefined {
    const key = name ?? this.defaultStackName;
    let s = this.stacks.get(key.toLowerCase());
    if (!s && create) {
      s = new PathInfoStack(key);
      this.stacks.set(key.toLowerCase(), s);
    }
    return s;
  }

  /** Set-Location with history: '-' goes back, '+' forward (nothing when there is none); other paths record where
   * the session was. */
  setLocationWithHistory(path: string, literal: boolean): PathInfoObject {
    const HISTORY_LIMIT = 20;
    const here = this.currentLocation();
    const travel = (from: PathInfoObject[], to: PathInfoObject[]) => {
      const target = from.pop();
      if (!target) return here;
      to.push(here);
      return this.setLocation(target.path, true);
    };
    if (!literal && path === '-') return travel(this.backHistory, this.forwardHistory);
    if (!literal && path === '+') return travel(this.forwardHistory, this.backHistory);
    const moved = this.setLocation(path, literal);
    this.backHistory.push(here);
    if (this.backHistory.length > HISTORY_LIMIT) this.backHistory.shift();
    this.forwardHistory.length = 0;
    return moved;
  }

  /** Set-Location -StackName: the stack Push-/Pop-Location use when given no name ($null: the default one). */
  setDefaultStack(name: string | undefined | null): PathInfoStack {
    this.defaultStackName = name || DEFAULT_STACK;
    return this.stack(undefined, true)!;
  }

  /** Pop-Location: undefined when the stack is empty (pwsh then does nothing). */
  popLocation(stackName?: string): PathInfoObject | undefined {
    const s = this.stack(stackName, false);
    if (!s) {
      if (stackName === undefined) return undefined;
      throw providerError('Argument', fmt(ProviderMsg.StackNotFound, stackName), 'InvalidArgument',
        'System.Management.Automation.PSArgumentException', null);
    }
    const top = s.pop();
    return top ? this.setLocation(top.path) : undefined;
  }

  // ---- variable notation ($env:NAME) ----

  readItemValue(driveName: string, name: string): unknown {
    const loc = this.parseLocation(`${driveName}:/${name}`);
    const provider = loc.providerInfo.provider;
    const path = this.providerPathOf(loc);
    if (provider.readValue) return provider.readValue(path);
    return provider.readContent ? provider.readContent(path) : null;
  }

  writeItemValue(driveName: string, name: string, value: unknown): void {
    const loc = this.parseLocation(`${driveName}:/${name}`);
    const provider = loc.providerInfo.provider;
    if (!provider.writeValue) throw providerError('NotSupported', ProviderMsg.NotSupported, 'NotImplemented', 'System.Management.Automation.PSNotSupportedException', null);
    provider.writeValue(this.providerPathOf(loc), value);
  }
}
