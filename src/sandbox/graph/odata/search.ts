// OData $search as Graph runs it on directory objects: `"property:text"` clauses joined by AND / OR (AND binds
// tighter), each true when a word of the property's value starts with the text, ignoring case (Graph tokenizes
// displayName and description on spaces, punctuation and case changes).
import { FilterSyntaxError } from './filter-lexer';

export type SearchNode =
  | { kind: 'and' | 'or'; left: SearchNode; right: SearchNode }
  | { kind: 'term'; property: string | undefined; text: string };

export function parseSearch(text: string): SearchNode {
  const tokens = text.match(/"[^"]*"|\(|\)|[^\s()"]+/g) ?? [];
  let position = 0;
  const word = (w: string) => tokens[position]?.toUpperCase() === w && ++position > 0;
  const or = (): SearchNode => {
    let left = and();
    while (word('OR')) left = { kind: 'or', left, right: and() };
    return left;
  };
  const and = (): SearchNode => {
    let left = primary();
    while (word('AND')) left = { kind: 'and', left, right: primary() };
    return left;
  };
  const primary = (): SearchNode => {
    const token = tokens[position++];
    if (token === '(') {
      const inner = or();
      if (tokens[position++] !== ')') throw new FilterSyntaxError('expected )');
      return inner;
    }
    if (!token || !token.startsWith('"')) throw new FilterSyntaxError('a $search clause is a quoted "property:text"');
    const clause = token.slice(1, -1);
    const colon = clause.indexOf(':');
    return colon < 0 ? { kind: 'term', property: undefined, text: clause } : { kind: 'term', property: clause.slice(0, colon), text: clause.slice(colon + 1) };
  };
  const node = or();
  if (position !== tokens.length) throw new FilterSyntaxError('unexpected text after $search');
  return node;
}

/** The words Graph's tokenizer finds in a value: split on non-letters/digits and on lower-to-upper case changes. */
function words(value: string): string[] {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.toLowerCase());
}

function valueOf(item: Record<string, unknown>, property: string): unknown {
  const key = Object.keys(item).find((k) => k.toLowerCase() === property.toLowerCase());
  return key === undefined ? undefined : item[key];
}

export function matchesSearch(node: SearchNode, item: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and': return matchesSearch(node.left, item) && matchesSearch(node.right, item);
    case 'or': return matchesSearch(node.left, item) || matchesSearch(node.right, item);
    case 'term': return termMatches(node, item);
  }
}

function termMatches(node: Extract<SearchNode, { kind: 'term' }>, item: Record<string, unknown>): boolean {
  const value = valueOf(item, node.property ?? 'displayName');
  const values = Array.isArray(value) ? value : [value];
  const wanted = words(node.text);
  return values.some((v) => {
    if (typeof v !== 'string') return false;
    const text = v.toLowerCase();
    if (text.startsWith(node.text.toLowerCase())) return true;
    const found = words(v);
    return wanted.length > 0 && wanted.every((w) => found.some((f) => f.startsWith(w)));
  });
}
