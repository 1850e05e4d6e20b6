// Get-ChildItem's walk over a container: filter, include/exclude, provider dynamic-parameter filters, recursion
// with -Depth. Orders follow pwsh's FileSystemProvider: objects come container by container with the containers
// still to visit kept on a stack (last found, first visited); names (-Name) come depth-first in listing order.

import type { ProviderCallOptions, ProviderChild } from '../../runtime/providers-api';
import type { Location } from './session-providers';
import { WildcardPattern } from './wildcard';
import { WildcardPattern as StrictPattern } from '../../runtime/operators/wildcard';

export interface ChildQuery {
  recurse: boolean;
  /** Levels below the first one to visit (-Depth); Infinity without it. */
  depth: number;
  filter?: string;
  include?: string[];
  exclude?: string[];
  options: ProviderCallOptions;
}

export interface FoundChild {
  location: Location;
  child: ProviderChild;
  /** Path relative to the listed container, provider separator (what -Name writes). */
  relativeName: string;
}

// -Include / -Exclude patterns are checked (an invalid one is pwsh's WildcardPatternException); -Filter's matches nothing.
function patterns(list: string[] | undefined): StrictPattern[] | undefined {
  return list && list.length > 0 ? list.map((p) => new StrictPattern(p, true)) : undefined;
}

export class ChildWalker {
  private readonly filter?: WildcardPattern;
  private readonly include?: StrictPattern[];
  private readonly exclude?: StrictPattern[];

  constructor(
    private readonly providerPathOf: (loc: Location) => string,
    private readonly query: ChildQuery,
  ) {
    this.filter = query.filter ? new WildcardPattern(query.filter, true) : undefined;
    this.include = patterns(query.include);
    this.exclude = patterns(query.exclude);
  }

  /** Whether a child passes -Filter, -Include, -Exclude (containers are still visited when they do not). */
  selects(child: ProviderChild): boolean {
    if (this.filter && !this.filter.isMatch(child.name)) return false;
    if (this.include && !this.include.some((p) => p.isMatch(child.name))) return false;
    if (this.exclude && this.exclude.some((p) => p.isMatch(child.name))) return false;
    return true;
  }

  private list(loc: Location): ProviderChild[] {
    const provider = loc.providerInfo.provider;
    const children = provider.getChildItems(this.providerPathOf(loc), this.query.options);
    return children;
  }

  private keep(loc: Location, children: ProviderChild[]): ProviderChild[] {
    const provider = loc.providerInfo.provider;
    const selected = children.filter((c) => this.selects(c));
    return provider.filterByDynamicParameters ? provider.filterByDynamicParameters(selected, this.query.options) : selected;
  }

  /** Children as objects, in pwsh's object order. */
  *objects(root: Location): Generator<FoundChild> {
    const sep = root.providerInfo.provider.separator;
    const pending: { loc: Location; prefix: string; level: number }[] = [{ loc: root, prefix: '', level: 0 }];
    while (pending.length > 0) {
      const { loc, prefix, level } = pending.pop()!;
      const children = this.list(loc);
      for (const child of this.keep(loc, children)) {
        yield { location: { ...loc, rel: [...loc.rel, child.name] }, child, relativeName: prefix + child.name };
      }
      if (!this.query.recurse || level >= this.query.depth) continue;
      for (const child of children) {
        if (child.isContainer) {
          pending.push({ loc: { ...loc, rel: [...loc.rel, child.name] }, prefix: prefix + child.name + sep, level: level + 1 });
        }
      }
    }
  }

  /** Children depth-first, each container's subtree right after it (pwsh's order with -Include/-Exclude). */
  *objectsDepthFirst(root: Location, level = 0): Generator<FoundChild> {
    const sep = root.providerInfo.provider.separator;
    const children = this.list(root);
    const kept = new Set(this.keep(root, children));
    for (const child of children) {
      const location = { ...root, rel: [...root.rel, child.name] };
      if (kept.has(child)) yield { location, child, relativeName: child.name };
      if (child.isContainer && this.query.recurse && level < this.query.depth) {
        for (const found of this.objectsDepthFirst(location, level + 1)) {
          yield { ...found, relativeName: child.name + sep + found.relativeName };
        }
      }
    }
  }

  /** Children for -Name, depth-first in listing order. */
  *names(root: Location, prefix = '', level = 0): Generator<FoundChild> {
    const sep = root.providerInfo.provider.separator;
    const children = this.list(root);
    for (const child of this.keep(root, children)) {
      yield { location: { ...root, rel: [...root.rel, child.name] }, child, relativeName: prefix + child.name };
    }
    if (!this.query.recurse || level >= this.query.depth) return;
    for (const child of children) {
      if (child.isContainer) yield* this.names({ ...root, rel: [...root.rel, child.name] }, prefix + child.name + sep, level + 1);
    }
  }
}
