// `$x.psobject`: the PSObject view of any value (Properties, TypeNames, BaseObject, Members, Copy()), and the
// property objects (PSNoteProperty / PSProperty) it lists.

import { PSObject, registerType, getProperties, PropertyInfo, typeNamesOf, setPropertyValue, DotNetException } from '../values';
import { toStr } from '../convert';

/** System.Management.Automation.PSNoteProperty / PSProperty / PSScriptProperty as psobject.Properties lists them. */
export class PSPropertyValue {
  constructor(
    readonly target: unknown,
    readonly info: PropertyInfo,
  ) {}
  get Name(): string {
    return this.info.name;
  }
  get Value(): unknown {
    return this.info.getValue();
  }
  get TypeNameOfValue(): string {
    return this.info.typeName ?? 'System.Object';
  }
}

/** `[System.Management.Automation.PSNoteProperty]::new(name, value)` before it is added to an object. */
export class PSNotePropertyValue {
  constructor(readonly Name: string, public Value: unknown) {}
}

export class PSObjectView {
  constructor(readonly target: unknown) {}
  properties(): PSPropertyValue[] {
    return getProperties(this.target).map((p) => new PSPropertyValue(this.target, p));
  }
}

/** psobject.Properties: enumerable, indexable by name, Add/Remove/Match. */
export class PSPropertyCollection {
  constructor(readonly view: PSObjectView) {}
}

const typeShort: Record<string, string> = {
  'System.Int32': 'int', 'System.String': 'string', 'System.Boolean': 'bool', 'System.Double': 'double',
  'System.Int64': 'long', 'System.Object[]': 'Object[]', 'System.Decimal': 'decimal', 'System.Char': 'char',
  'System.Collections.Hashtable': 'hashtable', 'System.Management.Automation.PSCustomObject': 'System.Management.Automation.PSCustomObject',
};

function memberTypeName(p: PSPropertyValue): string {
  return p.info.memberType;
}

registerType({
  fullName: 'System.Management.Automation.PSNoteProperty',
  baseTypes: ['System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSMemberInfo'],
  jsClass: PSNotePropertyValue,
  properties: [
    { name: 'Name', type: 'string', get: (p: PSNotePropertyValue) => p.Name },
    { name: 'Value', type: 'System.Object', get: (p: PSNotePropertyValue) => p.Value, set: (p: PSNotePropertyValue, v) => (p.Value = v) },
  ],
  construct: (args) => new PSNotePropertyValue(toStr(args[0]), args[1] ?? null),
});

registerType({
  fullName: 'System.Management.Automation.PSPropertyInfo',
  baseTypes: ['System.Management.Automation.PSMemberInfo'],
  jsClass: PSPropertyValue,
  properties: [
    { name: 'Value', type: 'System.Object', get: (p: PSPropertyValue) => p.Value, set: (p: PSPropertyValue, v) => setPropertyValue(p.target, p.Name, v) },
    { name: 'MemberType', type: 'System.Management.Automation.PSMemberTypes', get: (p: PSPropertyValue) => memberTypeName(p) },
    { name: 'IsSettable', type: 'bool', get: (p: PSPropertyValue) => p.info.settable },
    { name: 'IsGettable', type: 'bool', get: () => true },
    { name: 'TypeNameOfValue', type: 'string', get: (p: PSPropertyValue) => p.TypeNameOfValue },
    { name: 'Name', type: 'string', get: (p: PSPropertyValue) => p.Name },
    { name: 'IsInstance', type: 'bool', get: () => true },
  ],
  toString: (p: PSPropertyValue) => `${typeShort[p.TypeNameOfValue] ?? p.TypeNameOfValue} ${p.Name}=${toStr(p.Value)}`,
});

registerType({
  fullName: 'System.Management.Automation.PSMemberInfoCollection`1',
  jsClass: PSPropertyCollection,
  enumerate: (c: PSPropertyCollection) => c.view.properties(),
  methods: [
    { name: 'get_Item', invoke: (c: PSPropertyCollection, args) => c.view.properties().find((p) => p.Name.toLowerCase() === toStr(args[0]).toLowerCase()) ?? null },
    { name: 'Match', invoke: (c: PSPropertyCollection, args) => c.view.properties().filter((p) => new RegExp('^' + toStr(args[0]).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i').test(p.Name)) },
    {
      name: 'Add',
      invoke: (c: PSPropertyCollection, args) => {
        const t = c.view.target;
        const note = args[0];
        if (!(t instanceof PSObject) || !(note instanceof PSNotePropertyValue)) throw new DotNetException('System.NotSupportedException', 'Specified method is not supported.');
        t.setNote(note.Name, note.Value);
        return undefined;
      },
    },
    {
      name: 'Remove',
      invoke: (c: PSPropertyCollection, args) => {
        const t = c.view.target;
        if (t instanceof PSObject) t.removeMember(toStr(args[0]));
        return undefined;
      },
    },
  ],
  toString: () => 'System.Management.Automation.PSMemberInfoCollection`1[System.Management.Automation.PSPropertyInfo]',
});

registerType({
  fullName: 'System.Management.Automation.PSObject',
  accelerators: ['psobject'],
  jsClass: PSObjectView,
  properties: [
    { name: 'BaseObject', type: 'System.Object', get: (v: PSObjectView) => (v.target instanceof PSObject && !v.target.isCustomObject ? v.target.baseObject : v.target) },
    { name: 'Members', type: 'System.Management.Automation.PSMemberInfoCollection[psmemberinfo]', get: (v: PSObjectView) => v.properties() },
    { name: 'Properties', type: 'System.Management.Automation.PSMemberInfoCollection[psproperty]', get: (v: PSObjectView) => new PSPropertyCollection(v) },
    { name: 'Methods', type: 'System.Management.Automation.PSMemberInfoCollection[psmethodinfo]', get: () => [] },
    { name: 'ImmediateBaseObject', type: 'System.Object', get: (v: PSObjectView) => v.target },
    { name: 'TypeNames', type: 'System.Collections.ObjectModel.Collection[string]', get: (v: PSObjectView) => (v.target instanceof PSObject ? v.target.typeNames : typeNamesOf(v.target)) },
  ],
  methods: [
    {
      name: 'Copy',
      invoke: (v: PSObjectView) => {
        const t = v.target;
        if (!(t instanceof PSObject)) return t;
        const c = new PSObject(t.baseObject, [...t.typeNames]);
        for (const m of t.members.values()) c.addMember({ ...m });
        return c;
      },
    },
  ],
  construct: (args) => (args.length ? args[0] : new PSObject()),
  toString: (v: PSObjectView) => toStr(v.target),
});

