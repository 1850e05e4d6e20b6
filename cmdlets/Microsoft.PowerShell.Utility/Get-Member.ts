// Get-Member (gm): one MemberDefinition per member of each distinct input type (properties, note and script
// properties, methods with their overloads), sorted by member type then name, as pwsh lists them; with -Static the
// static members of the type (of a [type] input, the type it names).

import { UtilityMsg } from './messages';
import type { CommandDefinition } from '../../src/runtime/command-types';
import {
  EnumValue, PSObject, RuntimeType, adapterFor, baseObject, findType, getProperties, isNull, registerType, toDisplayString, typeNameOf, typeNamesOf,
} from '../../src/runtime/values';
import type { TypeAdapter } from '../../src/runtime/values';
import { wildcardRegex } from '../../src/runtime/operators/regex';
import { PS_MEMBER_TYPES, PS_MEMBER_TYPES_NAME, memberTypeMask } from './shared/member-types';
import { typeDisplayName } from './shared/type-display-name';

/** Microsoft.PowerShell.Commands.MemberDefinition. */
export class MemberDefinition {
  readonly MemberType: EnumValue;
  constructor(
    readonly TypeName: string,
    readonly Name: string,
    memberType: string,
    readonly Definition: string,
  ) {
    this.MemberType = new EnumValue(PS_MEMBER_TYPES_NAME, memberType, PS_MEMBER_TYPES[memberType]);
  }
  toString(): string {
    return this.Definition;
  }
}

registerType({
  fullName: 'Microsoft.PowerShell.Commands.MemberDefinition',
  jsClass: MemberDefinition,
  properties: (['TypeName', 'Name', 'MemberType', 'Definition'] as const).map((name) => ({
    name,
    type: name === 'MemberType' ? 'System.Management.Automation.PSMemberTypes' : 'string',
    get: (m: MemberDefinition) => m[name],
  })),
  toString: (m: MemberDefinition) => m.Definition,
});

/** Every object has these System.Object methods. */
const OBJECT_METHODS: Array<[string, string]> = [
  ['Equals', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'int GetHashCode()'],
  ['GetType', 'type GetType()'],
  ['ToString', 'string ToString()'],
];

interface Params {
  InputObject?: unknown;
  Name?: string[];
  MemberType?: unknown;
  View?: unknown;
  Static?: boolean;
  Force?: boolean;
}

function membersOf(value: unknown, typeName: string): MemberDefinition[] {
  const out: MemberDefinition[] = [];
  const methods = new Map<string, string[]>(OBJECT_METHODS.map(([n, d]) => [n, [d]]));
  for (const m of adapterFor(baseObject(value))?.methods ?? []) methods.set(m.name, m.overloads ?? [`${m.name}()`]);
  if (value instanceof PSObject) {
    for (const m of value.members.values()) if (m.kind === 'ScriptMethod') methods.set(m.name, [`System.Object ${m.name}();`]);
  }
  for (const [name, overloads] of methods) {
    const kind = value instanceof PSObject && value.getMember(name)?.kind === 'ScriptMethod' ? 'ScriptMethod' : 'Method';
    out.push(new MemberDefinition(typeName, name, kind, overloads.join(', ')));
  }
  for (const p of getProperties(value)) {
    const type = typeDisplayName(p.typeName ?? (p.memberType === 'NoteProperty' ? typeNameOf(p.getValue()) : undefined));
    let definition: string;
    if (p.memberType === 'NoteProperty') {
      const v = p.getValue();
      definition = `${isNull(v) ? 'object' : type} ${p.name}=${isNull(v) ? '' : toDisplayString(v)}`;
    } else if (p.memberType === 'AliasProperty' && value instanceof PSObject) {
      definition = `${p.name} = ${String(value.getMember(p.name)?.value)}`;
    } else if (p.memberType === 'ScriptProperty' && value instanceof PSObject) {
      definition = `System.Object ${p.name} {get=${String(value.getMember(p.name)?.value)};}`;
    } else {
      definition = `${type} ${p.name} {get;${p.settable ? 'set;' : ''}}`;
    }
    out.push(new MemberDefinition(typeName, p.name, p.memberType, definition));
  }
  return out;
}

/** System.Object's static methods, which every type lists under -Static. */
const OBJECT_STATIC_METHODS: Array<[string, string]> = [
  ['Equals', 'static bool Equals(System.Object objA, System.Object objB)'],
  ['ReferenceEquals', 'static bool ReferenceEquals(System.Object objA, System.Object objB)'],
];

/** -Static: the static members of the type a [type] names, or of the input's own type. */
function staticMembersOf(adapter: TypeAdapter | undefined, typeName: string): MemberDefinition[] {
  const methods = new Map<string, string[]>(OBJECT_STATIC_METHODS.map(([n, d]) => [n, [d]]));
  for (const m of adapter?.staticMethods ?? []) methods.set(m.name, (m.overloads ?? [`${m.name}()`]).map((o) => `static ${o}`));
  const out = [...methods].map(([name, overloads]) => new MemberDefinition(typeName, name, 'Method', overloads.join(', ')));
  for (const p of adapter?.staticProperties ?? []) {
    const type = typeDisplayName(p.type ?? typeNameOf(p.get()));
    out.push(new MemberDefinition(typeName, p.name, 'Property', `static ${type} ${p.name} {get;${p.set ? 'set;' : ''}}`));
  }
  return out;
}

/** The type name Get-Member lists and its members (static ones with -Static). */
function describe(value: unknown, isStatic: boolean): { typeName: string; members: () => MemberDefinition[] } {
  const base = baseObject(value);
  if (isStatic && base instanceof RuntimeType) {
    return { typeName: base.fullName, members: () => staticMembersOf(base.adapter ?? findType(base.fullName), base.fullName) };
  }
  const typeName = typeNamesOf(value)[0] ?? typeNameOf(value) ?? 'System.Object';
  return { typeName, members: () => (isStatic ? staticMembersOf(adapterFor(base), typeName) : membersOf(value, typeName)) };
}

const seenTypes = new WeakMap<object, Set<string>>();

const GetMember: CommandDefinition<Params> = {
  name: 'Get-Member',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.GetMemberCommand',
  supportsCommonParameters: true,
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Name', type: 'System.String[]', position: 0, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'MemberType', type: 'System.Management.Automation.PSMemberTypes', aliases: ['Type'] },
    { name: 'View', type: 'System.String', validation: [{ kind: 'Set', values: ['Extended', 'Adapted', 'Base', 'All'] }] },
    { name: 'Static', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const value = ctx.params.InputObject;
    if (!ctx.boundParameterNames.has('InputObject') || isNull(value)) return;
    const { typeName, members: described } = describe(value, !!ctx.params.Static);
    let seen = seenTypes.get(ctx);
    if (!seen) seenTypes.set(ctx, (seen = new Set()));
    if (seen.has(typeName)) return;
    seen.add(typeName);
    const mask = ctx.params.MemberType === undefined ? PS_MEMBER_TYPES.All : memberTypeMask(ctx.params.MemberType);
    const members = described().filter((m) => (m.MemberType.value & mask) !== 0);
    const byName = (a: MemberDefinition, b: MemberDefinition) => a.Name.localeCompare(b.Name, 'en', { sensitivity: 'base' });
    // pwsh lists -Name matches pattern by pattern (each sorted by name); otherwise by member type, then name.
    const listed = ctx.params.Name
      ? ctx.params.Name.flatMap((n) => members.filter((m) => wildcardRegex(n, true).test(m.Name)).sort(byName))
      : members.sort((a, b) => a.MemberType.name.localeCompare(b.MemberType.name) || byName(a, b));
    for (const m of listed) ctx.writeObject(m);
  },
  end(ctx) {
    // pwsh reports, after the last input, that no object came at all ($null is no object).
    if (seenTypes.has(ctx)) return;
    ctx.writeError(ctx.newError('NoObjectInGetMember', UtilityMsg.NoObjectInGetMember, 'CloseError', null, 'System.InvalidOperationException'));
  },
};

export default GetMember;
