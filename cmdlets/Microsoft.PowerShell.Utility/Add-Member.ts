// Add-Member: adds note, alias, script and code members (or a type name) to an object's PSObject; -PassThru writes
// the object, which is the only way to keep members added to a value that is not already a PSObject.

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { Hashtable, PSMember, PSMemberKind, PSObject, typeNamesOf } from '../../src/runtime/values';
import { fmt } from '../../src/runtime/messages';
import { UtilityMsg } from './messages';
import { PS_MEMBER_TYPES, memberTypeMask } from './shared/member-types';

interface Params {
  InputObject: unknown;
  MemberType?: unknown;
  Name?: string;
  Value?: unknown;
  SecondValue?: unknown;
  TypeName?: string;
  Force?: boolean;
  PassThru?: boolean;
  NotePropertyName?: string;
  NotePropertyValue?: unknown;
  NotePropertyMembers?: Hashtable;
}

const ADDABLE: PSMemberKind[] = ['NoteProperty', 'AliasProperty', 'ScriptProperty', 'ScriptMethod', 'CodeProperty'];

function asPSObject(value: unknown): PSObject {
  return value instanceof PSObject ? value : new PSObject(value, typeNamesOf(value));
}

function addMember(ctx: CommandContext<Params>, target: PSObject, member: PSMember): boolean {
  if (target.getMember(member.name) && !ctx.params.Force) {
    ctx.writeError(ctx.newError('MemberAlreadyExists', fmt(UtilityMsg.MemberAlreadyExists, member.name), 'InvalidOperation', target, 'System.InvalidOperationException'));
    return false;
  }
  target.addMember(member);
  return true;
}

function memberFromSet(p: Params): PSMember {
  const mask = memberTypeMask(p.MemberType);
  const kind = ADDABLE.find((k) => PS_MEMBER_TYPES[k] === mask) ?? 'NoteProperty';
  return { name: p.Name!, kind, value: p.Value ?? null, setter: p.SecondValue };
}

const AddMember: CommandDefinition<Params> = {
  name: 'Add-Member',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.AddMemberCommand',
  defaultParameterSet: 'TypeNameSet',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', sets: [{ name: 'MemberSet', mandatory: true, valueFromPipeline: true }, { name: 'TypeNameSet', mandatory: true, valueFromPipeline: true }, { name: 'NotePropertySingleMemberSet', mandatory: true, valueFromPipeline: true }, { name: 'NotePropertyMultiMemberSet', mandatory: true, valueFromPipeline: true }] },
    { name: 'MemberType', type: 'System.Management.Automation.PSMemberTypes', aliases: ['Type'], sets: [{ name: 'MemberSet', position: 0, mandatory: true }] },
    { name: 'Name', type: 'System.String', sets: [{ name: 'MemberSet', position: 1, mandatory: true }] },
    { name: 'Value', type: 'System.Object', sets: [{ name: 'MemberSet', position: 2 }] },
    { name: 'SecondValue', type: 'System.Object', sets: [{ name: 'MemberSet', position: 3 }] },
    { name: 'TypeName', type: 'System.String', sets: [{ name: 'TypeNameSet', mandatory: true }, { name: 'MemberSet' }, { name: 'NotePropertySingleMemberSet' }, { name: 'NotePropertyMultiMemberSet' }], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'MemberSet' }, { name: 'NotePropertySingleMemberSet' }, { name: 'NotePropertyMultiMemberSet' }] },
    { name: 'PassThru', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'MemberSet' }, { name: 'TypeNameSet' }, { name: 'NotePropertySingleMemberSet' }, { name: 'NotePropertyMultiMemberSet' }] },
    { name: 'NotePropertyName', type: 'System.String', sets: [{ name: 'NotePropertySingleMemberSet', position: 0, mandatory: true }], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'NotePropertyValue', type: 'System.Object', sets: [{ name: 'NotePropertySingleMemberSet', position: 1, mandatory: true }], allowNull: true },
    { name: 'NotePropertyMembers', type: 'System.Collections.IDictionary', sets: [{ name: 'NotePropertyMultiMemberSet', position: 0, mandatory: true }], validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const p = ctx.params;
    const target = asPSObject(p.InputObject);
    let ok = true;
    switch (ctx.parameterSetName) {
      case 'MemberSet':
        ok = addMember(ctx, target, memberFromSet(p));
        break;
      case 'NotePropertySingleMemberSet':
        ok = addMember(ctx, target, { name: p.NotePropertyName!, kind: 'NoteProperty', value: p.NotePropertyValue ?? null });
        break;
      case 'NotePropertyMultiMemberSet':
        for (const e of p.NotePropertyMembers!.dictionaryEntries()) {
          ok = addMember(ctx, target, { name: String(e.Key), kind: 'NoteProperty', value: e.Value }) && ok;
        }
        break;
    }
    if (!ok) return;
    if (p.TypeName) target.typeNames.unshift(p.TypeName);
    if (p.PassThru) ctx.writeObject(target, false);
  },
};

export default AddMember;
