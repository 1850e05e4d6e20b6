// What Graph checks in a parsed $filter before it runs it: every property exists on the type, the type lets it be
// filtered, and operators that need advanced queries (endsWith) come with ConsistencyLevel: eventual.
import type { FilterNode } from './filter-parser';

export interface FilterUse {
  /** Each property the filter names (the first segment of its path), with lambda variables left out. */
  properties: string[];
  /** The functions it calls. */
  functions: string[];
}

export function filterUse(node: FilterNode, variables: Set<string> = new Set()): FilterUse {
  const head = (path: string) => path.split('/')[0];
  const named = (path: string): string[] => (variables.has(head(path)) ? [] : [head(path)]);
  switch (node.kind) {
    case 'and':
    case 'or': {
      const [l, r] = [filterUse(node.left, variables), filterUse(node.right, variables)];
      return { properties: [...l.properties, ...r.properties], functions: [...l.functions, ...r.functions] };
    }
    case 'not': return filterUse(node.operand, variables);
    case 'compare':
    case 'in': return { properties: named(node.path), functions: [] };
    case 'function': return { properties: named(node.path), functions: [node.name] };
    case 'any': {
      const body = filterUse(node.body, new Set(variables).add(node.variable));
      return { properties: [...named(node.path), ...body.properties], functions: body.functions };
    }
  }
}
