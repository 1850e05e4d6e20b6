// Get-Content (gc, type): the lines of each item (or what the provider's dynamic parameters make of it: -Delimiter
// chunks, -AsByteStream bytes) — each carrying PSPath, PSParentPath, PSChildName, PSDrive, PSProvider and ReadCount —
// or the whole content with -Raw; -TotalCount/-Tail/-ReadCount as pwsh.
// Providers without text content (Env:, Variable:, Alias:) give the item's value.

import type { CommandDefinition, ValidationRule } from '../../src/runtime/command-types';
import type { DynamicParameterSource } from '../../src/runtime/providers-api';
import {
  providerState, perPath, existingItems, callOptions, givenPaths, pathParameters, providerDynamicParameters, switchOn, hasContentItems,
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

function writeItems(ctx: Ctx, item: ExistingItem, lines: unknown[]): void {
  const p = ctx.params as Params;
  const total = p.TotalCount === undefined ? -1 : toDouble(p.TotalCount);
  let selected = total >= 0 ? lines.slice(0, total) : lines;
  const tail = p.Tail === undefined ? undefined : toDouble(p.Tail);
  if (tail !== undefined) selected = tail <= 0 ? [] : lines.slice(-tail);
  const readCount = p.ReadCount === undefined ? 1 : toDouble(p.ReadCount);
  if (readCount === 1) {
    selected.forEach((line, i) => ctx.writeObject(withNotes(ctx, item, line, i + 1)));
    return;
  }
  const size = readCount <= 0 ? Math.max(selected.length, 1) : readCount;
  for (let i = 0; i < selected.length; i += size) ctx.writeObject(selected.slice(i, i + size), false);
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
    const countedWithRaw = switchOn(ctx.params.Raw) ? (['TotalCount', 'Tail'] as const).find((n) => ctx.params[n] !== undefined) : undefined;
    if (countedWithRaw) {
      ctx.throwTerminatingError(providerError('InvalidOperation', fmt(FileSystemMsg.RawAndCount, countedWithRaw), 'InvalidOperation',
        'System.Management.Automation.PSInvalidOperationException', null).record);
    }
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const opts = callOptions(ctx, NAME, provider);
        for (const item of existingItems(state, path, literal, opts)) {
          if (provider.isContainer(item.providerPath)) {
            throw providerError('GetContainerContentException', fmt(ProviderMsg.ContainerContent, item.providerPath), 'InvalidOperation',
              'System.InvalidOperationException', null);
          }
          if (!hasContentItems(provider)) {
            ctx.writeObject(provider.readValue?.(item.providerPath) ?? null);
            continue;
          }
          const raw = switchOn(ctx.params.Raw);
          const items = provider.readContentItems(item.providerPath, opts, raw);
          if (raw) items.forEach((whole) => ctx.writeObject(withNotes(ctx, item, whole, 1)));
          else writeItems(ctx, item, items);
        }
      });
    }
  },
};

export default GetContent;
