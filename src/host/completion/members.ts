// Member completion after '.' on a variable or a property of one ($cert.Thu → Thumbprint, $x.Parent.Na) and after
// '::' on a type literal ([math]::Ma → Max(): properties first, then methods (a method completes with its '('),
// each group by name, as pwsh 7.6.9 lists them. Only variables and their properties are read: completion never
// runs a command.

import type { SessionHandle } from '../../runtime/command-types';
import { adapterFor, baseObject, findType, getProperties, getPropertyValue, isNull } from '../../runtime/values';
import { getIndex } from '../../runtime/compiler/indexing';
import { CompletionResult } from './results';
import { prefixPattern } from './matching';
import { sortByName } from './ordering';
import { shortTypeName } from './type-names';
import type { Token } from './input';

/** The methods every object has (System.Object's), with their signatures. */
const OBJECT_METHODS: Array<[string, string]> = [
  ['Equals', 'bool Equals(System.Object obj)'],
  ['GetHashCode', 'int GetHashCode()'],
  ['GetType', 'type GetType()'],
  ['ToString', 'string ToString()'],
];

interface Member {
  name: string;
  isMethod: boolean;
  toolTip: string;
}

function results(members: Member[], prefix: string): CompletionResult[] {
  const pattern = prefixPattern(prefix);
  const matching = members.filter((m) => pattern.test(m.name));
  const properties = sortByName(matching.filter((m) => !m.isMethod), (m) => m.name);
  const methods = sortByName(matching.filter((m) => m.isMethod), (m) => m.name);
  return [
    ...properties.map((m) => new CompletionResult(m.name, m.name, 'Property', m.toolTip)),
    ...methods.map((m) => new CompletionResult(`${m.name}(`, m.name, 'Method', m.toolTip)),
  ];
}

function accessors(settable: boolean): string {
  return settable ? '{get;set;}' : '{get;}';
}

function instanceMembers(value: unknown): Member[] {
  const members: Member[] = getProperties(value).map((p) => ({
    name: p.name,
    isMethod: false,
    toolTip: `${shortTypeName(p.typeName ?? 'System.Object')} ${p.name} ${accessors(p.settable)}`,
  }));
  const methods = new Map<string, string[]>(OBJECT_METHODS.map(([n, d]) => [n, [d]]));
  for (const m of adapterFor(baseObject(value))?.methods ?? []) {
    // Property accessors (get_Item) are .NET special names pwsh never lists.
    if (!/^(get|set)_/.test(m.name)) methods.set(m.name, m.overloads ?? [`${m.name}()`]);
  }
  for (const [name, overloads] of methods) members.push({ name, isMethod: true, toolTip: overloads.join('\n') });
  return members;
}

function staticMembers(typeName: string): Member[] {
  const adapter = findType(typeName);
  if (!adapter) return [];
  return [
    ...(adapter.staticProperties ?? []).map((p) => ({
      name: p.name,
      isMethod: false,
      toolTip: `static ${shortTypeName(p.type ?? 'System.Object')} ${p.name} ${accessors(!!p.set)}`,
    })),
    ...(adapter.staticMethods ?? []).map((m) => ({ name: m.name, isMethod: true, toolTip: (m.overloads ?? [`${m.name}()`]).join('\n') })),
  ];
}

/** The variable a '$name' / '${name}' token names. */
function variableName(token: Token): string {
  return token.text.replace(/^\$\{?/, '').replace(/}$/, '');
}

/** The constant inside an index token: `[0]` → 0, `['a']` → 'a'; undefined for anything computed. */
function constantIndex(text: string): unknown {
  const inner = text.slice(1, -1).trim();
  if (/^-?\d+$/.test(inner)) return Number(inner);
  const quoted = /^'((?:[^']|'')*)'$|^"([^"`$]*)"$/.exec(inner);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/''/g, "'") : quoted[2];
  return undefined;
}

/** Completes the member token that ends `tokens` (the text after '.' or '::'), reading the expression before it. */
export function completeMember(tokens: Token[], session: SessionHandle): CompletionResult[] {
  const member = tokens[tokens.length - 1];
  let head = tokens.length - 2;
  while (head >= 0 && ((tokens[head].kind === 'member' && !tokens[head].isStatic) || tokens[head].kind === 'index')) head--;
  const target = tokens[head];
  if (!target) return [];
  if (member.isStatic) {
    return target.kind === 'type' && head === tokens.length - 2 ? results(staticMembers(target.text.slice(1, -1)), member.text) : [];
  }
  if (target.kind !== 'variable') return [];
  let value = session.getVariable(variableName(target));
  for (const step of tokens.slice(head + 1, -1)) {
    if (isNull(value)) return [];
    if (step.kind === 'index') {
      const index = constantIndex(step.text);
      if (index === undefined) return [];
      try {
        value = getIndex(value, index);
      } catch {
        return [];
      }
    } else {
      value = getPropertyValue(value, step.text);
    }
  }
  if (isNull(value)) return [];
  return results(instanceMembers(value), member.text);
}
