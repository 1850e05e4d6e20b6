// Get-Content (gc, type): the lines of each item (or what the provider's dynamic parameters make of it: -Delimiter
// chunks, -AsByteStream bytes) — each carrying PSPath, PSParentPath, PSChildName, PSDrive, PSProvider and ReadCount —
// or the whole content with -Raw; -TotalCount/-Tail/-ReadCount as pwsh; -Wait follows what is added.
// Providers without text content (Env:, Variable:, Alias:) give the item's value.

import type { CommandDefinition, ValidationRule } from '../../src/runtime/command-types';
import type { DynamicParameterSource, ProviderCallOptions } from '../../src/runtime/providers-api';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, providerDynamicParameters, switchOn, hasContentItems, ContentItemsProvider,
  nameFilters, filteredTargets,
  FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER, ExistingItem, Ctx,
} from '../../src/providers/cmdlet-support';
import { wrapItem } from '../../src/providers/core/item-output';
import { providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg, fmt } from '../../src/providers/core/messages';
import { FileSystemMsg } from '../../src/providers/filesystem/messages';
import { PSObject } from '../../src/runtime/values/psobject';
import { toDouble } from '../../src/runtime/convert';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  ReadCount?: unknown;
  TotalCount?: unknown;
  Tail?: unknown;
  Raw?: unknown;
  Wait?: unknown;
  Force?: boolean;
}

const NAME = 'Get-Content';

// Any count the parameter's type can hold, but not a negative one.
const NOT_NEGATIVE: ValidationRule = { kind: 'Range', min: 0, max: Infinity };

function withNotes(ctx: Ctx, item: ExistingItem, value: unknown, readCount: number): PSObject {
  const out = wrapItem(providerState(ctx), item.location, value, false);
  out.removeMember('PSIsContainer');
  out.setNote('ReadCount', readCount);
  return out;
}

const countOf = (v: unknown): number | undefined => (v === undefined ? undefined : toDouble(v));

/** Writes items one by one (each with its path notes and running ReadCount) or in -ReadCount arrays. */
function writeItems(ctx: Ctx, item: ExistingItem, items: unknown[], alreadyWritten = 0): void {
  const readCount = countOf(ctx.params.ReadCount) ?? 1;
  if (readCount === 1) {
    items.forEach((line, i) => ctx.writeObject(withNotes(ctx, item, line, alreadyWritten + i + 1)));
    return;
  }
  const size = readCount <= 0 ? Math.max(items.length, 1) : readCount;
  for (let i = 0; i < items.length; i += size) ctx.writeObject(items.slice(i, i + size), false);
}

/** The first -TotalCount items, or the last -Tail ones, or all. */
function selected(ctx: Ctx, items: unknown[]): unknown[] {
  const total = countOf(ctx.params.TotalCount);
  const tail = countOf(ctx.params.Tail);
  if (tail !== undefined) return tail <= 0 ? [] : items.slice(-tail);
  return total === undefined ? items : items.slice(0, total);
}

/** -Wait: the content so far (its last -Tail items), then what is added, until -TotalCount items are out. */
function follow(ctx: Ctx, provider: ContentItemsProvider, item: ExistingItem, opts: ProviderCallOptions): void {
  const total = countOf(ctx.params.TotalCount) ?? Infinity;
  let written = 0;
  let first = true;
  provider.watchContentItems(item.providerPath, opts, (batch) => {
    const taken = (first ? selected(ctx, batch) : batch).slice(0, total - written);
    first = false;
    writeItems(ctx, item, taken, written);
    written += taken.length;
    return written < total;
  });
}

function read(ctx: Ctx, item: ExistingItem, opts: ProviderCallOptions): void {
  const provider = item.provider;
  if (!hasContentItems(provider)) {
    ctx.writeObject(provider.readValue?.(item.providerPath) ?? null);
    return;
  }
  const raw = switchOn(ctx.params.Raw);
  if (switchOn(ctx.params.Wait)) {
    follow(ctx, provider, item, opts);
    return;
  }
  const items = provider.readContentItems(item.providerPath, opts, raw);
  if (raw) items.forEach((whole) => ctx.writeObject(withNotes(ctx, item, whole, 1)));
  else writeItems(ctx, item, selected(ctx, items));
}

const GetContent: CommandDefinition<Params> & DynamicParameterSource = {
  name: NAME,
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.GetContentCommand',
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  parameters: [
    { name: 'ReadCount', type: 'System.Int64', valueFromPipelineByPropertyName: true },
    { name: 'TotalCount', type: 'System.Int64', aliases: ['First', 'Head'], valueFromPipelineByPropertyName: true, validation: [NOT_NEGATIVE] },
    { name: 'Tail', type: 'System.Int32', aliases: ['Last'], valueFromPipelineByPropertyName: true, validation: [NOT_NEGATIVE] },
    ...pathParameters({ byValue: false }),
    ...FILTER_PARAMETERS,
    FORCE_PARAMETER,
    CREDENTIAL_PARAMETER,
  ],
  dynamicParameters: (bound, session) => providerDynamicParameters(NAME, bound, session as never),
  process(ctx) {
    const state = providerState(ctx);
    const { paths, literal } = givenPaths(ctx);
    if (ctx.params.TotalCount !== undefined && ctx.params.Tail !== undefined) {
      ctx.writeError(providerError('TailAndHeadCannotCoexist', ProviderMsg.TailAndHead, 'InvalidOperation', 'System.InvalidOperationException', null).record);
      return;
    }
    const countedWithRaw = switchOn(ctx.params.Raw) ? (['TotalCount', 'Tail', 'Wait'] as const).find((n) => ctx.params[n] !== undefined) : undefined;
    if (countedWithRaw) {
      ctx.throwTerminatingError(providerError('InvalidOperation', fmt(FileSystemMsg.RawAndCount, countedWithRaw), 'InvalidOperation',
        'System.Management.Automation.PSInvalidOperationException', null).record);
    }
    // As pwsh, every path is resolved (and its errors written) before any content is read.
    const filters = nameFilters(ctx, literal);
    const sources: { item: ExistingItem; opts: ProviderCallOptions }[] = [];
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const opts = callOptions(ctx, NAME, provider);
        const found = existingItems(state, path, literal, opts, { skipMissing: filters !== undefined });
        for (const item of filteredTargets(ctx, path, literal, filters, found)) {
          if (provider.isContainer(item.providerPath)) {
            throw providerError('GetContainerContentException', fmt(ProviderMsg.ContainerContent, item.providerPath), 'InvalidOperation',
              'System.InvalidOperationException', null);
          }
          sources.push({ item, opts });
        }
      });
    }
    for (const { item, opts } of sources) perPath(ctx, () => read(ctx, item, opts));
  },
};

export default GetContent;
