// Split-Path: the parent, leaf, leaf base, extension, qualifier or unqualified part of a path, or whether it is
// absolute; -Resolve first resolves the path (wildcards included).

import type { CommandDefinition, ParameterDefinition } from '../../src/runtime/command-types';
import { providerState, perPath, existingItems, callOptions, SWITCH, CREDENTIAL_PARAMETER } from '../../src/providers/cmdlet-support';
import {
  parentText, leafText, extensionText, leafBaseText, qualifierOf, withoutQualifier, isAbsolutePathText,
} from '../../src/providers/core/path-text';
import { providerError } from '../../src/providers/core/provider-errors';
import { ProviderMsg, fmt } from '../../src/providers/core/messages';

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  Parent?: boolean;
  Leaf?: boolean;
  LeafBase?: boolean;
  Extension?: boolean;
  Qualifier?: boolean;
  NoQualifier?: boolean;
  IsAbsolute?: boolean;
  Resolve?: boolean;
}

const SETS = ['ParentSet', 'LeafSet', 'LeafBaseSet', 'ExtensionSet', 'QualifierSet', 'NoQualifierSet', 'IsAbsoluteSet'];
const pathSets = SETS.map((name) => ({ name, position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }));
const selector = (name: string, set: string): ParameterDefinition => ({ name, type: SWITCH, sets: [{ name: set, mandatory: true, valueFromPipelineByPropertyName: name !== 'IsAbsolute' }] });

function split(p: Params, path: string, sep: string): string | boolean {
  if (p.Leaf) return leafText(path);
  if (p.LeafBase) return leafBaseText(leafText(path));
  if (p.Extension) return extensionText(leafText(path));
  if (p.IsAbsolute) return isAbsolutePathText(path);
  if (p.NoQualifier) return withoutQualifier(path);
  if (p.Qualifier) {
    const q = qualifierOf(path);
    if (q === undefined) {
      throw providerError('ParsePathFormatError', fmt(ProviderMsg.NoQualifier, path), 'InvalidArgument', 'System.FormatException', path);
    }
    return q;
  }
  if (/^[\\/]+$/.test(path)) {
    throw providerError('Argument', fmt(ProviderMsg.ArgumentInvalid, 'path'), 'InvalidArgument', 'System.Management.Automation.PSArgumentException', null);
  }
  return parentText(path, sep);
}

const SplitPath: CommandDefinition<Params> = {
  name: 'Split-Path',
  module: 'Microsoft.PowerShell.Management',
  implementingType: 'Microsoft.PowerShell.Commands.SplitPathCommand',
  defaultParameterSet: 'ParentSet',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [
    { name: 'Path', type: 'System.String[]', sets: pathSets },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], sets: [{ name: 'LiteralPathSet', mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'Parent', type: SWITCH, sets: [{ name: 'ParentSet', valueFromPipelineByPropertyName: true }] },
    selector('Leaf', 'LeafSet'),
    selector('LeafBase', 'LeafBaseSet'),
    selector('Extension', 'ExtensionSet'),
    selector('Qualifier', 'QualifierSet'),
    selector('NoQualifier', 'NoQualifierSet'),
    selector('IsAbsolute', 'IsAbsoluteSet'),
    { name: 'Resolve', type: SWITCH },
    CREDENTIAL_PARAMETER,
  ],
  process(ctx) {
    const state = providerState(ctx);
    const literal = ctx.params.LiteralPath !== undefined;
    for (const path of (literal ? ctx.params.LiteralPath : ctx.params.Path) ?? []) {
      perPath(ctx, () => {
        if (!ctx.params.Resolve) {
          ctx.writeObject(split(ctx.params, path, '/'));
          return;
        }
        const provider = state.parseLocation(path).providerInfo.provider;
        for (const item of existingItems(state, path, literal, callOptions(ctx, 'Split-Path', provider))) {
          ctx.writeObject(split(ctx.params, item.psPath, provider.separator));
        }
      });
    }
  },
};

export default SplitPath;
