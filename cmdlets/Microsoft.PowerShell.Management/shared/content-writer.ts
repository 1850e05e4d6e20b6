// Set-Content and Add-Content share everything but whether they append. As pwsh's WriteContentCommandBase, each input
// object is written when it arrives: paths given on the command line are opened once (Set-Content empties them then),
// paths that come from the pipeline are reopened for every input object.

import type { CommandDefinition } from '../../../src/runtime/command-types';
import type { DynamicParameterSource, Provider, ProviderCallOptions } from '../../../src/runtime/providers-api';
import {
  providerState, perPath, callOptions, givenPaths, pathParameters, providerDynamicParameters, hasContentItems,
  FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER, PASSTHRU_PARAMETER, mayProceed, existingItems,
  nameFilters, filteredTargets,
} from '../../../src/providers/cmdlet-support';
import type { Ctx } from '../../../src/providers/cmdlet-support';
import type { Location } from '../../../src/providers/core/session-providers';
import type { ContentWriter } from '../../../src/providers/core/content-io';
import { ProviderMsg, fmt } from '../../../src/providers/core/messages';
import { hasWildcard } from '../../../src/providers/core/wildcard';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Value?: unknown[];
  PassThru?: boolean;
  Force?: boolean;
}

/** One item to write to: where, and its writer once opened (Set-Content's opening replaces the content). */
interface Target {
  providerPath: string;
  opts: ProviderCallOptions;
  provider: Provider;
  writer?: ContentWriter;
  written: boolean;
}

interface WriterState {
  /** No -Path / -LiteralPath on the command line: each input object brings its own. */
  pipingPaths: boolean;
  targets?: Target[];
}

const states = new WeakMap<object, WriterState>();

export function contentWriter(name: 'Set-Content' | 'Add-Content', append: boolean): CommandDefinition<Params> & DynamicParameterSource {
  const action = append ? ProviderMsg.AddContentAction : ProviderMsg.SetContentAction;

  function open(ctx: Ctx): Target[] {
    const state = providerState(ctx);
    const targets: Target[] = [];
    const { paths, literal } = givenPaths(ctx);
    const filters = nameFilters(ctx, literal);
    for (const path of paths) {
      perPath(ctx, () => {
        const provider = state.parseLocation(path).providerInfo.provider;
        const opts = callOptions(ctx, name, provider);
        // With -Include / -Exclude only existing items qualify; otherwise a missing file is created.
        const resolved: { location: Location; providerPath: string; psPath: string }[] = filters ? existingItems(state, path, literal, opts, { skipMissing: true })
          : literal || !hasWildcard(path) ? [state.resolveLiteral(path)] : state.resolveWildcard(path, opts);
        for (const target of filteredTargets(ctx, path, literal, filters, resolved)) {
          if (mayProceed(opts, fmt(ProviderMsg.ContentTarget, target.psPath), action)) {
            targets.push({ providerPath: target.providerPath, opts, provider, written: false });
          }
        }
      });
    }
    return targets;
  }

  function write(target: Target, values: unknown[]): void {
    const { provider, providerPath, opts } = target;
    if (hasContentItems(provider)) {
      target.writer ??= provider.openContentWriter(providerPath, append, opts);
      target.writer.write(values);
    } else {
      provider.writeValue!(providerPath, values.length === 1 ? values[0] : values);
    }
    target.written = true;
  }

  function closeAll(state: WriterState | undefined): void {
    for (const target of state?.targets ?? []) {
      target.writer?.close();
      target.writer = undefined;
    }
  }

  return {
    name,
    module: 'Microsoft.PowerShell.Management',
    implementingType: `Microsoft.PowerShell.Commands.${name.replace('-', '')}Command`,
    defaultParameterSet: 'Path',
    supportsCommonParameters: true,
    supportsShouldProcess: true,
    parameters: [
      { name: 'Value', type: 'System.Object[]', position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyString: true },
      PASSTHRU_PARAMETER,
      ...pathParameters({ byValue: false }),
      ...FILTER_PARAMETERS,
      FORCE_PARAMETER,
      CREDENTIAL_PARAMETER,
    ],
    dynamicParameters: (bound, session) => providerDynamicParameters(name, bound, session as never),
    begin(ctx) {
      const bound = ctx.boundParameterNames;
      states.set(ctx, { pipingPaths: !bound.has('Path') && !bound.has('LiteralPath') });
    },
    process(ctx) {
      const state = states.get(ctx)!;
      if (state.pipingPaths) closeAll(state);
      if (state.pipingPaths || !state.targets) state.targets = open(ctx as Ctx);
      const values = Array.isArray(ctx.params.Value) ? ctx.params.Value : [ctx.params.Value];
      for (const target of [...state.targets]) {
        const opening = !target.written;
        try {
          write(target, values);
        } catch (e) {
          // An item that cannot be opened is reported once, as pwsh keeps no writer for it.
          if (opening) {
            target.writer?.close();
            state.targets.splice(state.targets.indexOf(target), 1);
          }
          perPath(ctx as Ctx, () => { throw e; });
          continue;
        }
        if (ctx.params.PassThru) for (const v of values) ctx.writeObject(v);
      }
    },
    end(ctx) {
      closeAll(states.get(ctx));
    },
    dispose(ctx) {
      closeAll(states.get(ctx));
    },
  };
}
