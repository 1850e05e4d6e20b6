// Set-Content and Add-Content share everything but whether they append: values gathered from the pipeline are
// written once at the end, as the provider writes them (FileSystem: lines, -NoNewline, -Encoding, -AsByteStream).

import type { CommandDefinition } from '../../../src/runtime/command-types';
import type { DynamicParameterSource } from '../../../src/runtime/providers-api';
import {
  providerState, perPath, callOptions, givenPaths, pathParameters, providerDynamicParameters, hasContentItems,
  FILTER_PARAMETERS, FORCE_PARAMETER, CREDENTIAL_PARAMETER, PASSTHRU_PARAMETER, mayProceed,
} from '../../../src/providers/cmdlet-support';
import { ProviderMsg, fmt } from '../../../src/providers/core/messages';
import { hasWildcard } from '../../../src/providers/core/wildcard';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Value?: unknown[];
  PassThru?: boolean;
  Force?: boolean;
}

const gathered = new WeakMap<object, unknown[]>();

export function contentWriter(name: 'Set-Content' | 'Add-Content', append: boolean): CommandDefinition<Params> & DynamicParameterSource {
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
      gathered.set(ctx, []);
    },
    process(ctx) {
      const values = ctx.params.Value;
      gathered.get(ctx)!.push(...(Array.isArray(values) ? values : [values]));
    },
    end(ctx) {
      const state = providerState(ctx);
      const values = gathered.get(ctx)!;
      const { paths, literal } = givenPaths(ctx);
      for (const path of paths) {
        perPath(ctx, () => {
          const provider = state.parseLocation(path).providerInfo.provider;
          const opts = callOptions(ctx, name, provider);
          const targets = literal || !hasWildcard(path) ? [state.resolveLiteral(path)] : state.resolveWildcard(path, opts);
          for (const target of targets) {
            if (!mayProceed(opts, fmt(ProviderMsg.ContentTarget, target.psPath), append ? ProviderMsg.AddContentAction : ProviderMsg.SetContentAction)) continue;
            if (hasContentItems(provider)) {
              provider.writeContentItems(target.providerPath, values, append, opts);
            } else {
              provider.writeValue!(target.providerPath, values.length === 1 ? values[0] : values);
            }
          }
        });
      }
      if (ctx.params.PassThru) for (const v of values) ctx.writeObject(v);
    },
  };
}
