// Sort-Object (sort): a stable sort by the objects themselves or by property selectors (each with its own
// Ascending/Descending), with -Unique, -Top/-Bottom and -CaseSensitive.

import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { ScriptBlock } from '../../src/runtime/values';
import { toBool } from '../../src/runtime/convert';
import { PropertySelector, parseSelectors, resolveSelector } from './shared/calculated-property';
import { compareObjects, objectsEqual } from './shared/object-comparer';

const TYPE = 'Microsoft.PowerShell.Commands.SortObjectCommand';

interface Params {
  Stable?: boolean;
  Descending?: boolean;
  Unique?: boolean;
  Top?: number;
  Bottom?: number;
  InputObject?: unknown;
  Property?: unknown[];
  Culture?: string;
  CaseSensitive?: boolean;
}

interface SortKey {
  selector?: PropertySelector;
  descending: boolean;
}

const inputs = new WeakMap<object, unknown[]>();

function keysOf(ctx: CommandContext<Params>): SortKey[] {
  const p = ctx.params;
  if (!p.Property) return [{ descending: !!p.Descending }];
  return parseSelectors(ctx, p.Property, ['Ascending', 'Descending'], { named: false }).map((selector) => {
    const { Ascending, Descending } = selector.extras;
    const descending = Descending !== undefined ? toBool(Descending) : Ascending !== undefined ? !toBool(Ascending) : !!p.Descending;
    return { selector, descending };
  });
}

function keyValue(key: SortKey, item: unknown): unknown {
  if (!key.selector) return item;
  const pairs = resolveSelector(key.selector, item);
  return key.selector.expression instanceof ScriptBlock || pairs.length > 0 ? pairs[0]?.[1] ?? null : null;
}

const SortObject: CommandDefinition<Params> = {
  name: 'Sort-Object',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  defaultParameterSet: 'Default',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Stable', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'Default' }] },
    { name: 'Descending', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Unique', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Top', type: 'System.Int32', sets: [{ name: 'Top', mandatory: true }], validation: [{ kind: 'Range', min: 1, max: 2147483647 }] },
    { name: 'Bottom', type: 'System.Int32', sets: [{ name: 'Bottom', mandatory: true }], validation: [{ kind: 'Range', min: 1, max: 2147483647 }] },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Property', type: 'System.Object[]', position: 0 },
    { name: 'Culture', type: 'System.String' },
    { name: 'CaseSensitive', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    if (!ctx.boundParameterNames.has('InputObject')) return;
    let list = inputs.get(ctx);
    if (!list) inputs.set(ctx, (list = []));
    list.push(ctx.params.InputObject);
  },
  end(ctx) {
    const p = ctx.params;
    const items = inputs.get(ctx) ?? [];
    const keys = keysOf(ctx);
    const cs = !!p.CaseSensitive;
    const rows = items.map((item, index) => ({ item, index, values: keys.map((k) => keyValue(k, item)) }));
    const order = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
      for (let i = 0; i < keys.length; i++) {
        const c = compareObjects(a.values[i], b.values[i], cs);
        if (c !== 0) return keys[i].descending ? -c : c;
      }
      return a.index - b.index;
    };
    rows.sort(order);
    let sorted = rows;
    if (p.Unique) {
      sorted = rows.filter((r, i) => i === 0 || !r.values.every((v, k) => objectsEqual(v, rows[i - 1].values[k], cs)));
    }
    if (p.Top !== undefined) sorted = sorted.slice(0, p.Top);
    if (p.Bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - p.Bottom));
    for (const r of sorted) ctx.writeObject(r.item, false);
  },
};

export default SortObject;
