// ForEach-Object (foreach, %): runs script blocks per input object with $_ (in the caller's scope, as pwsh does),
// with -Begin/-End and extra positional blocks, or gets a property / calls a method by -MemberName.

import type { CommandDefinition, CommandContext } from '../../src/runtime/command-types';
import { ScriptBlock, AutomationNull, getPropertyValue, invokeMethod, isNull } from '../../src/runtime/values';
import { toStr } from '../../src/runtime/convert';

interface Params {
  InputObject?: unknown;
  Begin?: ScriptBlock;
  Process?: ScriptBlock[];
  End?: ScriptBlock;
  RemainingScripts?: ScriptBlock[];
  MemberName?: string;
  ArgumentList?: unknown[];
}

/** Begin, per-object and end blocks from -Begin/-Process/-End and extra positional blocks. */
function blocks(p: Params): { begin?: ScriptBlock; process: ScriptBlock[]; end?: ScriptBlock } {
  const all = [...(p.Process ?? []), ...(p.RemainingScripts ?? [])];
  if (p.Begin || p.End || all.length < 2) return { begin: p.Begin, process: all, end: p.End };
  // `% {begin} {process} {end}`: the first block is begin, the last is end, the rest run per object.
  if (all.length === 2) return { begin: all[0], process: [all[1]] };
  return { begin: all[0], process: all.slice(1, -1), end: all[all.length - 1] };
}

/** Runs one block; what it writes goes down the pipeline at once (pwsh streams it, it does not wait for the block). */
function run(ctx: CommandContext<Params>, block: ScriptBlock | undefined, input: unknown): void {
  if (block) ctx.session.invokeScriptBlock(block, [], input, undefined, (v) => ctx.writeObject(v, false));
}

const ForEachObject: CommandDefinition<Params> = {
  name: 'ForEach-Object',
  module: 'Microsoft.PowerShell.Core',
  implementingType: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  defaultParameterSet: 'ScriptBlockSet',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Begin', type: 'scriptblock', sets: [{ name: 'ScriptBlockSet' }] },
    { name: 'Process', type: 'scriptblock[]', sets: [{ name: 'ScriptBlockSet', position: 0, mandatory: true }], allowNull: true },
    { name: 'End', type: 'scriptblock', sets: [{ name: 'ScriptBlockSet' }] },
    { name: 'RemainingScripts', type: 'scriptblock[]', sets: [{ name: 'ScriptBlockSet', valueFromRemainingArguments: true }] },
    { name: 'MemberName', type: 'string', sets: [{ name: 'PropertyAndMethodSet', position: 0, mandatory: true }] },
    { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'], sets: [{ name: 'PropertyAndMethodSet', valueFromRemainingArguments: true }] },
  ],
  begin(ctx) {
    if (ctx.parameterSetName === 'ScriptBlockSet') run(ctx, blocks(ctx.params).begin, undefined);
  },
  process(ctx) {
    const input = ctx.inputObject === undefined ? null : ctx.inputObject;
    if (ctx.parameterSetName === 'PropertyAndMethodSet') {
      if (isNull(input)) return;
      const name = toStr(ctx.params.MemberName);
      const args = ctx.params.ArgumentList;
      const v = args && args.length ? invokeMethod(input, name, args) : memberOrMethod(input, name);
      if (v !== AutomationNull) ctx.writeObject(v, true);
      return;
    }
    for (const b of blocks(ctx.params).process) run(ctx, b, input);
  },
  end(ctx) {
    if (ctx.parameterSetName === 'ScriptBlockSet') run(ctx, blocks(ctx.params).end, undefined);
  },
};

/** `% Name`: a property value, or a method's result when the name is a method. */
function memberOrMethod(input: unknown, name: string): unknown {
  const v = getPropertyValue(input, name);
  if (v !== null) return v;
  try {
    return invokeMethod(input, name, []);
  } catch {
    return null;
  }
}

export default ForEachObject;
