// Member completion after '.' on a variable ($cert.Thu → Thumbprint) and after '::' on a type literal
// ([math]::Ma → Max(): properties first, then methods (a method completes with its '('), each group by name, as
// pwsh 7.6.9 lists them. Only variables are looked at, never evaluated commands: completion runs no code.

import type { SessionHandle } from '../../runtime/command-types';
import { adapterFor, baseObject, findType, getProperties, isNull } from '../../runtime/values';
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
  for (const m of adapterFor(baseObject(value))?.methods ?? []) methods.set(m.name, m.overloads ?? [`${m.name}()`]);
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

/** Completes `member` (the text after '.' or '::') of the expression token `target`. */
export function completeMember(target: Token, member: Token, session: SessionHandle): CompletionResult[] {
  if (member.isStatic) {
    return target.kind === 'type' ? results(staticMembers(target.text.slice(1, -1)), member.text) : [];
  }
  if (target.kind !== 'variable') return [];
  const value = session.getVariable(variableName(target));
  if (isNull(value)) return [];
  return results(instanceMembers(value), member.text);
}
