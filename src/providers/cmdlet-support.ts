// What the location/item cmdlets share (pwsh's CoreCommandBase): the provider state of the session, the
// -Path/-LiteralPath parameters as data, provider call options from -Force and the provider's dynamic parameters,
// path resolution with pwsh's per-path errors, and writing items with their PS* properties.

import type { CommandContext, ParameterDefinition, SessionHandle } from '../runtime/command-types';
import type { HasProviders, ProviderCallOptions, Provider } from '../runtime/providers-api';
import { PSError } from '../runtime/values/errors';
import { SessionProvidersState, Location } from './core/session-providers';
import { pathNotFound, filterNotSupported } from './core/provider-errors';
import { wrapItem } from './core/item-output';
import type { ContentReader, ContentReaderRequest, ContentWriter } from './core/content-io';
import { hasWildcard } from './core/wildcard';
import { WildcardPattern } from '../runtime/operators/wildcard';
import { ProviderMsg, fmt } from './core/messages';
import { providerError } from './core/provider-errors';
import { createSessionProviders } from './index';
import { tablesOverHandle, CallerScopedTables } from './session/handle-tables';
import { ChildWalker } from './core/child-items';

export type Ctx = CommandContext<Record<string, any>>;

/** The session's provider state: the host's (session.providers) or one created on first use. */
export function providerState(ctx: Ctx): SessionProvidersState {
  const state = stateOf(ctx.session);
  (state.tables as Partial<CallerScopedTables> | undefined)?.setCaller?.(ctx.session);
  return state;
}

function stateOf(session: SessionHandle): SessionProvidersState {
  const s = session as SessionHandle & Partial<HasProviders>;
  if (s.providers) return s.providers as SessionProvidersState;
  // Asking for the location first lets the host create the state its own way (its working directory and tables).
  void session.location;
  return session.service('providers', () => createSessionProviders(s.providerTables ?? tablesOverHandle(session)));
}

interface PathParameterOptions {
  pathSet?: string;
  literalSet?: string;
  /** -Path is mandatory (Get-ChildItem and Set-Location default to the current location). */
  mandatory?: boolean;
  /** -Path takes pipeline input by value (Get-Content/Set-Content/New-Item only by property name). */
  byValue?: boolean;
  /** Set-Location/Push-Location take one path, not an array. */
  single?: boolean;
}

/** -Path (position 0) and -LiteralPath (aliases PSPath, LP), each in its own parameter set. */
export function pathParameters(o: PathParameterOptions = {}): ParameterDefinition[] {
  const type = o.single ? 'System.String' : 'System.String[]';
  return [
    {
      name: 'Path', type,
      sets: [{ name: o.pathSet ?? 'Path', position: 0, mandatory: o.mandatory ?? true, valueFromPipeline: o.byValue ?? true, valueFromPipelineByPropertyName: true }],
    },
    {
      name: 'LiteralPath', type, aliases: ['PSPath', 'LP'],
      sets: [{ name: o.literalSet ?? 'LiteralPath', mandatory: true, valueFromPipelineByPropertyName: true }],
    },
  ];
}

/** -Filter, -Include, -Exclude as most item cmdlets have them. */
export const FILTER_PARAMETERS: ParameterDefinition[] = [
  { name: 'Filter', type: 'System.String' },
  { name: 'Include', type: 'System.String[]' },
  { name: 'Exclude', type: 'System.String[]' },
];

export const SWITCH = 'System.Management.Automation.SwitchParameter';

export const FORCE_PARAMETER: ParameterDefinition = { name: 'Force', type: SWITCH };
export const CREDENTIAL_PARAMETER: ParameterDefinition = { name: 'Credential', type: 'System.Management.Automation.PSCredential', valueFromPipelineByPropertyName: true };
export const PASSTHRU_PARAMETER: ParameterDefinition = { name: 'PassThru', type: SWITCH };

/** Parameters the provider behind the bound path adds to this command (Get-ChildItem -File, -DnsName ...). */
export function providerDynamicParameters(commandName: string, bound: Readonly<Record<string, unknown>>, session: SessionHandle): ParameterDefinition[] {
  const state = stateOf(session);
  const raw = bound.LiteralPath ?? bound.Path;
  const first = Array.isArray(raw) ? raw[0] : raw;
  let provider: Provider;
  try {
    provider = (typeof first === 'string' && first !== '' ? state.parseLocation(first).providerInfo : state.currentDrive().providerInfo).provider;
  } catch {
    return [];
  }
  return provider.dynamicParameters?.(commandName) ?? [];
}

export function switchOn(v: unknown): boolean {
  return v === true || (typeof v === 'object' && v !== null && (v as { IsPresent?: boolean }).IsPresent === true);
}

/** A provider that converts its dynamic parameters' arguments (FileSystem -Encoding 'utf8' → an encoding), as pwsh's
 * argument transformations do at binding time; it throws a ProviderError that stops the command for a bad one. */
interface TransformsDynamicParameters {
  transformDynamicParameters(values: Record<string, unknown>, warn: (message: string) => void): Record<string, unknown>;
}

const transformedByCommand = new WeakMap<object, { provider: Provider; values: Record<string, unknown> }>();

/** The provider's transformation of the bound values, once per command (its warnings too, as pwsh binds once). */
function transformed(ctx: Ctx, provider: Provider, values: Record<string, unknown>): Record<string, unknown> {
  const transform = (provider as Partial<TransformsDynamicParameters>).transformDynamicParameters;
  if (!transform) return values;
  const cached = transformedByCommand.get(ctx);
  if (cached?.provider === provider) return cached.values;
  const result = transform.call(provider, values, (message) => ctx.writeWarning(message));
  transformedByCommand.set(ctx, { provider, values: result });
  return result;
}

/** -Force and the values of the provider's dynamic parameters that were bound (transformed by the provider). */
export function callOptions(ctx: Ctx, commandName: string, provider: Provider): ProviderCallOptions {
  const dynamicParameters: Record<string, unknown> = {};
  for (const p of provider.dynamicParameters?.(commandName) ?? []) {
    if (ctx.boundParameterNames.has(p.name)) {
      const v = ctx.params[p.name];
      dynamicParameters[p.name] = p.type === SWITCH ? switchOn(v) : v;
    }
  }
  return {
    force: switchOn(ctx.params.Force),
    dynamicParameters: transformed(ctx, provider, dynamicParameters),
    shouldProcess: (target, action) => (ctx.shouldProcess ? ctx.shouldProcess(target, action) : true),
    writeWarning: (message) => ctx.writeWarning(message),
  };
}

/** A provider whose content is shaped by its dynamic parameters (FileSystem -Encoding, -Delimiter, -AsByteStream,
 * -NoNewline), as pwsh's content readers and writers are; providers-api's readContent/writeContent carry text only. */
export interface ContentItemsProvider {
  /** Get-Content's reader of items (lines, chunks, bytes), or of the whole content as one item with -Raw. */
  openContentReader(path: string, opts: ProviderCallOptions, request: ContentReaderRequest): ContentReader;
  /** Set-/Add-Content's writer (replacing the content unless append). */
  openContentWriter(path: string, append: boolean, opts: ProviderCallOptions): ContentWriter;
}

export function hasContentItems(provider: Provider): provider is Provider & ContentItemsProvider {
  return typeof (provider as Partial<ContentItemsProvider>).openContentReader === 'function';
}

/** Whether the provider may go ahead (no shouldProcess callback means yes). */
export function mayProceed(opts: ProviderCallOptions, target: string, action: string): boolean {
  return opts.shouldProcess ? opts.shouldProcess(target, action) : true;
}

/** The paths the command was given (-Path or -LiteralPath), or the current location. */
export function givenPaths(ctx: Ctx): { paths: string[]; literal: boolean } {
  const literal = ctx.params.LiteralPath !== undefined && ctx.params.LiteralPath !== null;
  const raw = literal ? ctx.params.LiteralPath : ctx.params.Path;
  const list = raw === undefined || raw === null ? ['.'] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  return { paths: list, literal };
}

/**
 * Runs one path's work; a provider or resolution failure becomes a non-terminating error for that path (pwsh writes
 * it and moves on), or stops the command when pwsh does so.
 */
export function perPath(ctx: Ctx, work: () => void): void {
  try {
    work();
  } catch (e) {
    // A stream set to Stop (-WarningAction Stop on a provider warning) already ended the script's flow.
    if (e instanceof PSError && e.terminating === 'script') throw e;
    if (e instanceof PSError && e.stopsCommand) ctx.throwTerminatingError(e.record);
    if (e instanceof PSError) ctx.writeError(e.record);
    else throw e;
  }
}

export interface ExistingItem {
  location: Location;
  providerPath: string;
  psPath: string;
  provider: Provider;
}

/**
 * The existing items a path names. A literal (or wildcard-free) path that does not exist is PathNotFound;
 * a wildcard that matches nothing (or, with skipMissing, a missing path) yields nothing.
 */
export interface MissingItemHandling {
  /** Yield nothing for a missing path instead of PathNotFound (content cmdlets with -Include / -Exclude). */
  skipMissing?: boolean;
  /** Name a missing -LiteralPath by its full path, as Get-ChildItem does (the others name it as given). */
  fullLiteralName?: boolean;
}

export function existingItems(
  state: SessionProvidersState, path: string, literal: boolean, opts: ProviderCallOptions, missing: MissingItemHandling = {},
): ExistingItem[] {
  const resolved = literal ? [state.resolveLiteral(path)] : state.resolveWildcard(path, opts);
  const wildcard = !literal && hasWildcard(path);
  const out: ExistingItem[] = [];
  for (const r of resolved) {
    const provider = r.providerInfo.provider;
    if (!provider.itemExists(r.providerPath, opts)) {
      if (wildcard || missing.skipMissing) continue;
      throw new PSError(pathNotFound(literal && !missing.fullLiteralName ? path : r.psPath));
    }
    out.push({ location: r.location, providerPath: r.providerPath, psPath: r.psPath, provider });
  }
  return out;
}

/** -Include / -Exclude of a content cmdlet, matched against each item's name; pwsh leaves -LiteralPath unfiltered.
 * An invalid pattern is pwsh's WildcardPatternException, which stops the command. */
export interface NameFilters {
  include?: WildcardPattern[];
  exclude?: WildcardPattern[];
}

export function nameFilters(ctx: Ctx, literal: boolean): NameFilters | undefined {
  const compile = (list: unknown) => (Array.isArray(list) && list.length > 0 ? list.map((p) => new WildcardPattern(String(p), true)) : undefined);
  const include = literal ? undefined : compile(ctx.params.Include);
  const exclude = literal ? undefined : compile(ctx.params.Exclude);
  return include || exclude ? { include, exclude } : undefined;
}

/**
 * The items a content cmdlet's path names after its name filters. A wildcard that matches nothing, or a path whose
 * items were all filtered away, is pwsh's ItemNotFound; it names the first path given and targets them all.
 */
export function filteredTargets<T extends { location: Location }>(
  ctx: Ctx, path: string, literal: boolean, filters: NameFilters | undefined, items: T[],
): T[] {
  const named = (item: T) => item.location.rel[item.location.rel.length - 1] ?? '';
  const kept = filters
    ? items.filter((item) => (!filters.include || filters.include.some((p) => p.isMatch(named(item))))
      && !filters.exclude?.some((p) => p.isMatch(named(item))))
    : items;
  if (kept.length > 0 || (!filters && (literal || !hasWildcard(path)))) return kept;
  const given = (literal ? ctx.params.LiteralPath : ctx.params.Path) as string[];
  throw providerError('ItemNotFound', fmt(ProviderMsg.ItemMissingOrFiltered, given[0]), 'ObjectNotFound', 'System.Exception', given);
}

export function writeItem(ctx: Ctx, state: SessionProvidersState, item: ExistingItem, value: unknown): void {
  ctx.writeObject(wrapItem(state, item.location, value, item.provider.isContainer(item.providerPath)));
}

/** Whether the provider can take the -Filter the command was given (only providers with the Filter capability). */
export function supportsFilter(ctx: Ctx, provider: Provider): boolean {
  return ctx.params.Filter === undefined || ctx.params.Filter === null || provider.capabilities.includes('Filter');
}

/**
 * Runs `work` on every existing item the given paths name that -Filter/-Include/-Exclude select (pwsh's
 * CoreCommandBase filtering), with the provider's call options; each path's failure is written as pwsh writes it.
 */
export function forEachSelectedItem(
  ctx: Ctx, commandName: string, work: (item: ExistingItem, opts: ProviderCallOptions) => void, missing: MissingItemHandling = {},
): void {
  const state = providerState(ctx);
  const { paths, literal } = givenPaths(ctx);
  for (const path of paths) {
    perPath(ctx, () => {
      const provider = state.parseLocation(path).providerInfo.provider;
      if (!supportsFilter(ctx, provider)) throw filterNotSupported();
      const opts = callOptions(ctx, commandName, provider);
      const walker = new ChildWalker((l) => state.providerPathOf(l), {
        recurse: false, depth: 0, filter: ctx.params.Filter, include: ctx.params.Include, exclude: ctx.params.Exclude, options: opts,
      });
      for (const item of existingItems(state, path, literal, opts, missing)) {
        const name = item.location.rel[item.location.rel.length - 1] ?? '';
        if (walker.selects({ name, isContainer: false, item: undefined })) work(item, opts);
      }
    });
  }
}
