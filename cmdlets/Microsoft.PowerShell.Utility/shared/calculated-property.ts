// Property selectors shared by Select-Object, Sort-Object, Group-Object, Measure-Object and Format-*: a plain name
// (wildcards allowed), a script block, or a calculated-property hashtable (@{Name=...; Expression=...}).
// Hashtable keys match by unique prefix, as pwsh's HashtableEntryDefinition does.

import type { CommandContext } from '../../../src/runtime/command-types';
import { Hashtable, PSObject, ScriptBlock, baseObject, getProperties, getPropertyValue, isNull, typeNameOf } from '../../../src/runtime/values';
import { fmt } from '../../../src/runtime/messages';
import { UtilityMsg } from '../messages';
import { hasWildcard, wildcardRegex } from '../../../src/runtime/operators/regex';

export interface PropertySelector {
  /** The label: the given name, the calculated property's Name/Label, or the script block's text. */
  name: string;
  /** A property name (possibly a wildcard) or a script block run with $_ bound. */
  expression: string | ScriptBlock;
  /** True for `-Property A*` style names that expand against each object's properties. */
  isWildcard: boolean;
  /** Other keys the caller allowed (Ascending, Descending, Width, Alignment, FormatString, ...), by canonical name. */
  extras: Record<string, unknown>;
}

const NAME_KEYS = ['Name', 'Label'];

/** A malformed calculated property ends the command with pwsh's error (NotSupportedException, InvalidArgument). */
function selectorError(ctx: CommandContext<unknown>, errorId: string, message: string): never {
  ctx.throwTerminatingError(ctx.newError(errorId, message, 'InvalidArgument', null, 'System.NotSupportedException'));
}

/** Canonical key for a hashtable key given by unique prefix (`n` → Name, `e` → Expression). */
function canonicalKey(key: string, allowed: string[]): string | undefined {
  const k = key.toLowerCase();
  const hits = allowed.filter((a) => a.toLowerCase().startsWith(k));
  return hits.length === 1 ? hits[0] : hits.find((a) => a.toLowerCase() === k);
}

/** How a command reads selectors: sorting and comparing commands take no Name/Label key and no wildcards. */
export interface SelectorRules {
  named?: boolean;
  globbing?: boolean;
}

function fromHashtable(ctx: CommandContext<unknown>, table: Hashtable, extraKeys: string[], named: boolean): PropertySelector {
  const allowed = [...(named ? NAME_KEYS : []), 'Expression', ...extraKeys];
  const seen = new Set<string>();
  const values: Record<string, unknown> = {};
  for (const { Key: rawKey, Value: value } of table.dictionaryEntries()) {
    const key = String(rawKey);
    const canon = canonicalKey(key, allowed);
    if (!canon) selectorError(ctx, 'DictionaryKeyIllegal', fmt(UtilityMsg.IllegalKey, key));
    const slot = NAME_KEYS.includes(canon) ? 'Name' : canon;
    const previous = seen.has(slot) ? slot : undefined;
    if (previous !== undefined) selectorError(ctx, 'DictionaryKeyDuplicate', fmt(UtilityMsg.DuplicateKey, key, slot.toLowerCase()));
    seen.add(slot);
    if (isNull(value)) selectorError(ctx, 'DictionaryKeyMissingValue', fmt(UtilityMsg.KeyHasNoValue, key));
    if (slot === 'Expression' && typeof baseObject(value) !== 'string' && !(value instanceof ScriptBlock)) {
      selectorError(ctx, 'DictionaryKeyIllegalValue1', fmt(UtilityMsg.ExpressionWrongType, key, typeNameOf(value)));
    }
    if (slot === 'Name' && typeof value !== 'string') {
      selectorError(ctx, 'DictionaryKeyIllegalValue', fmt(UtilityMsg.KeyWrongType, key, typeNameOf(value), 'System.String'));
    }
    values[slot] = value;
  }
  const expression = values.Expression;
  if (expression === undefined) selectorError(ctx, 'DictionaryKeyMandatoryEntry', UtilityMsg.MissingExpression);
  const exprValue = expression instanceof ScriptBlock ? expression : String(expression);
  const name = (values.Name as string | undefined) ?? (exprValue instanceof ScriptBlock ? exprValue.text : exprValue);
  const extras: Record<string, unknown> = {};
  for (const k of extraKeys) if (k in values) extras[k] = values[k];
  return { name, expression: exprValue, isWildcard: false, extras };
}

/** Turns -Property arguments into selectors; throws the pwsh error for a malformed calculated property. */
export function parseSelectors(ctx: CommandContext<unknown>, items: unknown[], extraKeys: string[] = [], rules: SelectorRules = {}): PropertySelector[] {
  const { named = true, globbing = true } = rules;
  return items.map((item) => {
    if (item instanceof Hashtable) return fromHashtable(ctx, item, extraKeys, named);
    if (item instanceof ScriptBlock) return { name: item.text, expression: item, isWildcard: false, extras: {} };
    const inner = baseObject(item);
    // pwsh names a custom object by the PSObject wrapping it
    const typeName = item instanceof PSObject && item.isCustomObject ? 'System.Management.Automation.PSObject' : typeNameOf(inner);
    if (!isNull(item) && typeof inner !== 'string') selectorError(ctx, 'DictionaryKeyUnknownType', fmt(UtilityMsg.UnknownSelectorType, typeName));
    const name = isNull(item) ? '' : (inner as string);
    if (!globbing && hasWildcard(name)) selectorError(ctx, 'ExpressionGlobbing2', fmt(UtilityMsg.WildcardNotAllowed, name));
    return { name, expression: name, isWildcard: hasWildcard(name), extras: {} };
  });
}

/** Runs a script-block selector for one object: a single result stays scalar, several become an array. */
export function evaluateScriptSelector(block: ScriptBlock, target: unknown): unknown {
  const out = block.invoke([], target);
  return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}

/** The (name, value) pairs one selector yields for one object; a wildcard yields every matching property. */
export function resolveSelector(selector: PropertySelector, target: unknown): Array<[string, unknown]> {
  const expr = selector.expression;
  if (expr instanceof ScriptBlock) return [[selector.name, evaluateScriptSelector(expr, target)]];
  if (selector.isWildcard) {
    const pattern = wildcardRegex(expr, true);
    return getProperties(target)
      .filter((p) => pattern.test(p.name))
      .map((p) => [p.name, p.getValue()]);
  }
  return [[selector.name, isNull(target) ? null : getPropertyValue(target, expr)]];
}

/** True when the object has a property of that name (for errors such as ExpandPropertyNotFound). */
export function hasProperty(target: unknown, name: string): boolean {
  const lower = name.toLowerCase();
  return getProperties(target).some((p) => p.name.toLowerCase() === lower);
}
