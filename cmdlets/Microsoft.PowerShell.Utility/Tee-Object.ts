// Tee-Object: passes its input down the pipeline and also collects it into a variable (-Variable). The file
// forms (-FilePath, -LiteralPath) are not implemented yet, so they are not declared (see KNOWN_LIMITATIONS.md).

import type { CommandDefinition } from '../../src/runtime/command-types';

interface Params {
  InputObject?: unknown;
  Variable: string;
}

const collected = new WeakMap<object, unknown[]>();

const TeeObject: CommandDefinition<Params> = {
  name: 'Tee-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.TeeObjectCommand',
  defaultParameterSet: 'Variable',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Variable', type: 'System.String', sets: [{ name: 'Variable', mandatory: true }] },
  ],
  process(ctx) {
    if (!ctx.boundParameterNames.has('InputObject')) return;
    let list = collected.get(ctx);
    if (!list) collected.set(ctx, (list = []));
    list.push(ctx.params.InputObject);
    ctx.writeObject(ctx.params.InputObject, false);
  },
  end(ctx) {
    const items = collected.get(ctx) ?? [];
    ctx.session.setVariable(ctx.params.Variable, items.length === 1 ? items[0] : items);
  },
};

export default TeeObject;
