// Invoke-Command (icm): runs a script block in this process (the InProcess set) with -ArgumentList bound to its
// parameters, in a child scope unless -NoNewScope. psnode has no remoting.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { ScriptBlock } from '../../src/runtime/values';
import type { CompiledScriptBlock } from '../../src/runtime/compiler/scriptblocks';
import { CoreMsg } from './messages';

interface Params {
  ScriptBlock: ScriptBlock;
  NoNewScope?: boolean;
  InputObject?: unknown;
  ArgumentList?: unknown[];
}

/** pwsh invokes the block as one clause: begin, process and end together cannot be. */
function clauseCount(block: ScriptBlock): number {
  const compiled = block.compiled as CompiledScriptBlock;
  return [compiled.begin, compiled.process, compiled.end].filter((clause) => clause !== undefined).length;
}

const InvokeCommand: CommandDefinition<Params> = {
  name: 'Invoke-Command',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeCommandCommand',
  defaultParameterSet: 'InProcess',
  supportsCommonParameters: true,
  parameters: [
    { name: 'ScriptBlock', type: 'System.Management.Automation.ScriptBlock', aliases: ['Command'], sets: [{ name: 'InProcess', position: 0, mandatory: true }], validation: [{ kind: 'NotNull' }] },
    { name: 'NoNewScope', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'InProcess' }] },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'] },
  ],
  begin(ctx) {
    if (clauseCount(ctx.params.ScriptBlock) > 1) {
      ctx.throwTerminatingError(ctx.newError('InvalidOperation', CoreMsg.ScriptBlockInvokeOnOneClauseOnly, 'InvalidOperation', null,
        'System.Management.Automation.PSInvalidOperationException'));
    }
  },
  process(ctx) {
    const { ScriptBlock: block, ArgumentList, NoNewScope } = ctx.params;
    const dollarUnder = ctx.boundParameterNames.has('InputObject') ? ctx.params.InputObject : undefined;
    const args = ArgumentList ?? [];
    // A child scope like `& { }` unless -NoNewScope, which runs the block in the caller's scope like `. { }`.
    const output = NoNewScope ? ctx.session.invokeScriptBlock(block, args, dollarUnder) : block.invoke(args, dollarUnder);
    for (const item of output) ctx.writeObject(item, false);
  },
};

export default InvokeCommand;
