// Invoke-Command (icm): runs a script block in this process (the InProcess set) with -ArgumentList bound to its
// parameters, in a child scope unless -NoNewScope, once at the end with all pipeline input in $input. psnode has no
// remoting.

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

/** pwsh invokes the block as one clause: a begin block, or more than one clause, cannot be. */
function isOneClause(block: ScriptBlock): boolean {
  const compiled = block.compiled as CompiledScriptBlock;
  const clauses = [compiled.begin, compiled.process, compiled.end].filter((clause) => clause !== undefined);
  return compiled.begin === undefined && clauses.length <= 1;
}

/** The input gathered so far, per invocation of the command. */
const gathered = new WeakMap<object, unknown[]>();

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
    if (!isOneClause(ctx.params.ScriptBlock)) {
      ctx.throwTerminatingError(ctx.newError('InvalidOperation', CoreMsg.ScriptBlockInvokeOnOneClauseOnly, 'InvalidOperation', null,
        'System.Management.Automation.PSInvalidOperationException'));
    }
    gathered.set(ctx, []);
  },
  process(ctx) {
    if (ctx.boundParameterNames.has('InputObject')) gathered.get(ctx)!.push(ctx.params.InputObject);
  },
  end(ctx) {
    const { ScriptBlock: block, ArgumentList, NoNewScope } = ctx.params;
    const input = gathered.get(ctx)!;
    const args = ArgumentList ?? [];
    // A child scope like `& { }` unless -NoNewScope, which runs the block in the caller's scope like `. { }`.
    const write = (item: unknown) => ctx.writeObject(item, false);
    if (NoNewScope) ctx.session.invokeScriptBlock(block, args, undefined, input, write);
    else block.invoke(args, undefined, undefined, input, write);
  },
};

export default InvokeCommand;
