// Runs a parsed $filter against one Graph object. Property names match case-insensitively and string comparisons
// ignore case, as Entra's directory does. Property names are checked against the schema first (filter-check.ts), so
// a property an object lacks (a group in a list of members) just does not match.
import type { FilterNode, Literal } from './filter-parser';

type Scope = { item: Record<string, unknown>; variables: Map<string, unknown> };

function resolve(path: string, scope: Scope): unknown {
  const [head, ...rest] = path.split('/');
  let value: unknown;
  if (scope.variables.has(head)) value = scope.variables.get(head);
  else value = property(scope.item, head);
  for (const part of rest) value = property(value, part);
  return value;
}

function property(value: unknown, name: string): unknown {
  if (!value || typeof value !== 'object') return undefined;
  const key = Object.keys(value).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (value as Record<string, unknown>)[key];
}

function normalize(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

function compare(left: unknown, operator: string, right: Literal): boolean {
  const a = normalize(left);
  const b = normalize(right);
  switch (operator) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    default: {
      if (a === null || b === null || typeof a !== typeof b) return false;
      const order = (a as string | number) < (b as string | number) ? -1 : a === b ? 0 : 1;
      return operator === 'gt' ? order > 0 : operator === 'ge' ? order >= 0 : operator === 'lt' ? order < 0 : order <= 0;
    }
  }
}

function evaluate(node: FilterNode, scope: Scope): boolean {
  switch (node.kind) {
    case 'and': return evaluate(node.left, scope) && evaluate(node.right, scope);
    case 'or': return evaluate(node.left, scope) || evaluate(node.right, scope);
    case 'not': return !evaluate(node.operand, scope);
    case 'compare': return compare(resolve(node.path, scope), node.operator, node.value);
    case 'in': {
      const value = normalize(resolve(node.path, scope));
      return node.values.some((v) => normalize(v) === value);
    }
    case 'function': {
      const value = resolve(node.path, scope);
      if (typeof value !== 'string') return false;
      const [text, part] = [value.toLowerCase(), node.value.toLowerCase()];
      return node.name === 'startswith' ? text.startsWith(part) : text.endsWith(part);
    }
    case 'any': {
      const collection = resolve(node.path, scope);
      if (!Array.isArray(collection)) return false;
      return collection.some((element) => {
        const variables = new Map(scope.variables).set(node.variable, element);
        return evaluate(node.body, { item: scope.item, variables });
      });
    }
  }
}

/** True when the object matches. */
export function matchesFilter(node: FilterNode, item: Record<string, unknown>): boolean {
  return evaluate(node, { item, variables: new Map() });
}
