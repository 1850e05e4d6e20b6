// Get-Content (gc, type): the lines of each item (or what the provider's dynamic parameters make of it: -Delimiter
// chunks, -AsByteStream bytes) — each carrying PSPath, PSParentPath, PSChildName, PSDrive, PSProvider and ReadCount —
// or the whole content with -Raw; -TotalCount/-Tail/-ReadCount as pwsh; -Wait follows what is added.
// Providers without text content (Env:, Variable:, Alias:) give the item's value.

import type { CommandDefinition, ValidationRule } from '../../src/runtime/command-types';
import type { DynamicParameterSource, ProviderCallOptions } from '../../src/runtime/providers-api';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, providerDynamicParameters, switchOn, hasContentItems,
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

/** What each item read from one file carries: its path notes (computed once per file) and the running ReadCount. */
function notesFor(ctx: Ctx, item: ExistingItem): (value: unknown, readCount: number) => PSObject {
  const template = wrapItem(providerState(ctx), item.location, new PSObject(null), false);
  template.removeMember('PSIsContainer');
  const notes = [...template.members.values()].map((m) => [m.name, m.value] as const);
  return (value, readCount) => {
    const out = new PSObject(value);
    for (const [name, v] of notes) out.setNote(name, v);
    out.setNote('ReadCount', readCount);
    return out;
  };
}

const countOf = (v: unknown): number | undefined => (v === undefined ? undefined : toDouble(v));

/**
 * Reads blocks of -ReadCount items (0 or less: all at once), at most -TotalCount in all, and writes each item (or
 * each block as one array) with its notes; with -Wait, goes on with what is added. A stopped pipeline stops the reading.
 */
function read(ctx: Ctx, item: ExistingItem, opts: ProviderCallOptions): void {
  const provider = item.provider;
  if (!hasContentItems(provider)) {
    ctx.writeObject(provider.readValue?.(item.providerPath) ?? null);
    return;
  }
  const follow = switchOn(ctx.params.Wait);
  const total = countOf(ctx.params.TotalCount) ?? Infinity;
  const readCount = countOf(ctx.params.ReadCount) ?? 1;
  const blockSize = readCount <= 0 ? Infinity : readCount;
  const reader = provider.openContentReader(item.providerPath, opts, { raw: switchOn(ctx.params.Raw), tail: countOf(ctx.params.Tail), follow });
  const noted = notesFor(ctx, item);
  try {
    let written = 0;
    while (written < total) {
      const block = reader.read(Math.min(blockSize, total - written));
      if (block.length === 0) {
        if (!follow) return;
        reader.waitForMore();
        continue;
      }
      written += block.length;
      if (readCount === 1) ctx.writeObject(noted(block[0], written));
      else ctx.writeObject(noted(block, written), false);
    }
  } finally {
    reader.close();
  }
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
