// Group-Object (group): groups input by the values of property selectors (or by the objects themselves) into
// GroupInfo objects sorted by key, or into a hashtable with -AsHashTable.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { Hashtable, isNull, registerType, toDisplayString, typedArray } from '../../src/runtime/values';
import { PropertySelector, parseSelectors, resolveSelector } from './shared/calculated-property';
import { compareObjects, objectsEqual } from './shared/object-comparer';

const TYPE = 'Microsoft.PowerShell.Commands.GroupObjectCommand';

/** Microsoft.PowerShell.Commands.GroupInfo. */
export class GroupInfo {
  constructor(
    readonly Values: unknown[],
    readonly Group: unknown[],
    readonly Name: string,
    readonly Count: number,
  ) {}
}

/** Microsoft.PowerShell.Commands.GroupInfoNoElement: what -NoElement writes (no Group shown). */
export class GroupInfoNoElement extends GroupInfo {}

registerType({
  fullName: 'Microsoft.PowerShell.Commands.GroupInfo',
  jsClass: GroupInfo,
  properties: [
    { name: 'Values', type: 'System.Collections.ArrayList', get: (g: GroupInfo) => g.Values },
    { name: 'Count', type: 'int', get: (g: GroupInfo) => g.Count },
    { name: 'Group', type: 'System.Collections.ObjectModel.Collection[psobject]', get: (g: GroupInfo) => g.Group },
    { name: 'Name', type: 'string', get: (g: GroupInfo) => g.Name },
  ],
});
registerType({
  fullName: 'Microsoft.PowerShell.Commands.GroupInfoNoElement',
  baseTypes: ['Microsoft.PowerShell.Commands.GroupInfo'],
  jsClass: GroupInfoNoElement,
  properties: [
    { name: 'Values', type: 'System.Collections.ArrayList', get: (g: GroupInfo) => g.Values },
    { name: 'Count', type: 'int', get: (g: GroupInfo) => g.Count },
    { name: 'Group', type: 'System.Collections.ObjectModel.Collection[psobject]', get: (g: GroupInfo) => g.Group },
    { name: 'Name', type: 'string', get: (g: GroupInfo) => g.Name },
  ],
});

interface Params {
  NoElement?: boolean;
  AsHashTable?: boolean;
  AsString?: boolean;
  InputObject?: unknown;
  Property?: unknown[];
  Culture?: string;
  CaseSensitive?: boolean;
}

interface State {
  selectors?: PropertySelector[];
  groups: Array<{ values: unknown[]; items: unknown[] }>;
}

const states = new WeakMap<object, State>();

function keyValues(selectors: PropertySelector[] | undefined, item: unknown): unknown[] {
  if (!selectors) return [item];
  return selectors.flatMap((s) => resolveSelector(s, item).map(([, v]) => v));
}

function groupName(values: unknown[]): string {
  return values.map((v) => (isNull(v) ? '' : toDisplayString(v))).join(', ');
}

const GroupObject: CommandDefinition<Params> = {
  name: 'Group-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  supportsCommonParameters: true,
  parameters: [
    { name: 'NoElement', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'AsHashTable', type: 'System.Management.Automation.SwitchParameter', aliases: ['AHT'], sets: [{ name: 'HashTable' }] },
    { name: 'AsString', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'HashTable' }] },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Property', type: 'System.Object[]', position: 0 },
    { name: 'Culture', type: 'System.String' },
    { name: 'CaseSensitive', type: 'System.Management.Automation.SwitchParameter' },
  ],
  begin(ctx) {
    states.set(ctx, { selectors: ctx.params.Property ? parseSelectors(ctx, ctx.params.Property, [], { named: false, globbing: false }) : undefined, groups: [] });
  },
  process(ctx) {
    if (!ctx.boundParameterNames.has('InputObject')) return;
    const s = states.get(ctx)!;
    const item = ctx.params.InputObject;
    const values = keyValues(s.selectors, item);
    const cs = !!ctx.params.CaseSensitive;
    const existing = s.groups.find((g) => g.values.length === values.length && g.values.every((v, i) => objectsEqual(v, values[i], cs)));
    if (existing) existing.items.push(item);
    else s.groups.push({ values, items: [item] });
  },
  end(ctx) {
    const s = states.get(ctx)!;
    const cs = !!ctx.params.CaseSensitive;
    const sorted = [...s.groups].sort((a, b) => {
      for (let i = 0; i < Math.min(a.values.length, b.values.length); i++) {
        const c = compareObjects(a.values[i], b.values[i], cs);
        if (c !== 0) return c;
      }
      return 0;
    });
    if (ctx.params.AsHashTable) {
      const table = new Hashtable();
      for (const g of sorted) {
        const key = ctx.params.AsString || g.values.length !== 1 ? groupName(g.values) : g.values[0];
        table.set(key, typedArray(g.items, 'System.Management.Automation.PSObject'));
      }
      ctx.writeObject(table, false);
      return;
    }
    for (const g of sorted) {
      const info = ctx.params.NoElement
        ? new GroupInfoNoElement(g.values, [], groupName(g.values), g.items.length)
        : new GroupInfo(g.values, g.items, groupName(g.values), g.items.length);
      ctx.writeObject(info, false);
    }
  },
};

export default GroupObject;
