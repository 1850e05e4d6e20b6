// New-Object: constructs a .NET type through the type-adapter registry (full names, accelerators, names without
// "System."), then applies -Property; PSObject/PSCustomObject with -Property make a custom object with those notes.

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { DotNetException, Hashtable, PSError, PSObject, isNull, setPropertyValue } from '../../src/runtime/values';
import { tryResolveTypeName } from '../../src/runtime/types';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';

interface Params {
  TypeName: string;
  ArgumentList?: unknown[];
  Strict?: boolean;
  Property?: Hashtable;
}

const CUSTOM_OBJECT_TYPES = new Set(['system.management.automation.psobject', 'system.management.automation.pscustomobject']);

function fail(ctx: CommandContext<Params>, id: string, message: string, category: 'InvalidType' | 'InvalidOperation' | 'ObjectNotFound', exceptionType: string): never {
  ctx.throwTerminatingError(ctx.newError(id, message, category, null, exceptionType));
}

function construct(ctx: CommandContext<Params>, typeName: string, args: unknown[]): unknown {
  const type = tryResolveTypeName(typeName.replace(/^\[(.*)\]$/, '$1'));
  const adapter = type?.adapter;
  if (!adapter) fail(ctx, 'TypeNotFound', fmt(UtilityMsg.TypeNotFound, typeName), 'InvalidType', 'System.Management.Automation.PSArgumentException');
  if (CUSTOM_OBJECT_TYPES.has(adapter.fullName.toLowerCase()) && args.length === 0) return new PSObject();
  if (!adapter.construct) fail(ctx, 'CannotFindAppropriateCtor', fmt(UtilityMsg.CannotFindAppropriateCtor, adapter.fullName), 'ObjectNotFound', 'System.Management.Automation.PSArgumentException');
  try {
    return adapter.construct(args, type);
  } catch (e) {
    if (e instanceof DotNetException) {
      const text = `Exception calling ".ctor" with "${args.length}" argument(s): "${e.message}"`;
      fail(ctx, 'ConstructorInvokedThrowException', text, 'InvalidOperation', 'System.Management.Automation.MethodInvocationException');
    }
    if (e instanceof PSError) ctx.throwTerminatingError(e.record);
    throw e;
  }
}

const NewObject: CommandDefinition<Params> = {
  name: 'New-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.NewObjectCommand',
  defaultParameterSet: 'Net',
  supportsCommonParameters: true,
  parameters: [
    { name: 'TypeName', type: 'System.String', sets: [{ name: 'Net', position: 0, mandatory: true }] },
    { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'], sets: [{ name: 'Net', position: 1 }] },
    { name: 'Strict', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'Com' }] },
    { name: 'Property', type: 'System.Collections.IDictionary' },
  ],
  end(ctx) {
    const { TypeName, ArgumentList, Property } = ctx.params;
    const value = construct(ctx, TypeName, ArgumentList ?? []);
    if (Property && !isNull(value)) {
      for (const entry of Property.dictionaryEntries()) {
        const name = String(entry.Key);
        if (value instanceof PSObject && value.isCustomObject) {
          value.setNote(name, entry.Value);
          continue;
        }
        try {
          setPropertyValue(value, name, entry.Value);
        } catch {
          fail(ctx, 'InvalidOperationException', fmt(UtilityMsg.MemberNotFound, name, '.NET'), 'InvalidOperation', 'System.InvalidOperationException');
        }
      }
    }
    ctx.writeObject(value, false);
  },
};

export default NewObject;
