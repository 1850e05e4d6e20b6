// OData $filter parser (recursive descent over filter-lexer tokens) producing the nodes filter-evaluator.ts runs.
// Grammar:  or := and ('or' and)* ; and := unary ('and' unary)* ; unary := 'not' unary | primary
//           primary := '(' or ')' | fn '(' path ',' literal ')' | path '/any(' var ':' or ')' | path op literal
//                    | path 'in' '(' literal (',' literal)* ')'
import { FilterSyntaxError, lexFilter, type FilterToken } from './filter-lexer';

export type Literal = string | number | boolean | null;
export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; path: string; value: Literal }
  | { kind: 'in'; path: string; values: Literal[] }
  | { kind: 'function'; name: 'startswith' | 'endswith'; path: string; value: string }
  | { kind: 'any'; path: string; variable: string; body: FilterNode };

const COMPARISONS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS = new Set<string>(['startswith', 'endswith']);

class Parser {
  private position = 0;
  constructor(private readonly tokens: FilterToken[]) {}

  parse(): FilterNode {
    const node = this.or();
    this.expect('end');
    return node;
  }

  private peek(): FilterToken {
    return this.tokens[this.position];
  }

  private next(): FilterToken {
    return this.tokens[this.position++];
  }

  private expect<K extends FilterToken['kind']>(kind: K): Extract<FilterToken, { kind: K }> {
    const token = this.next();
    if (token.kind !== kind) throw new FilterSyntaxError(`expected ${kind}`);
    return token as Extract<FilterToken, { kind: K }>;
  }

  private keyword(word: string): boolean {
    const token = this.peek();
    if (token.kind === 'name' && token.value.toLowerCase() === word) {
      this.position++;
      return true;
    }
    return false;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.keyword('and')) left = { kind: 'and', left, right: this.unary() };
    return left;
  }

  private unary(): FilterNode {
    return this.keyword('not') ? { kind: 'not', operand: this.unary() } : this.primary();
  }

  private primary(): FilterNode {
    if (this.peek().kind === '(') {
      this.next();
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    const name = this.expect('name').value;
    if (FUNCTIONS.has(name.toLowerCase()) && this.peek().kind === '(') return this.call(name.toLowerCase() as 'startswith' | 'endswith');
    if (/\/any$/i.test(name) && this.peek().kind === '(') return this.lambda(name.slice(0, -4));
    const operator = this.next();
    if (operator.kind !== 'name') throw new FilterSyntaxError('expected an operator');
    const op = operator.value.toLowerCase();
    if (op === 'in') return { kind: 'in', path: name, values: this.literalList() };
    if (!COMPARISONS.has(op)) throw new FilterSyntaxError(`unknown operator ${op}`);
    return { kind: 'compare', operator: op as ComparisonOperator, path: name, value: this.literal() };
  }

  private call(fn: 'startswith' | 'endswith'): FilterNode {
    this.expect('(');
    const path = this.expect('name').value;
    this.expect(',');
    const value = this.literal();
    this.expect(')');
    if (typeof value !== 'string') throw new FilterSyntaxError(`${fn} needs a string`);
    return { kind: 'function', name: fn, path, value };
  }

  private lambda(path: string): FilterNode {
    this.expect('(');
    const variable = this.expect('name').value;
    this.expect(':');
    const body = this.or();
    this.expect(')');
    return { kind: 'any', path, variable, body };
  }

  private literalList(): Literal[] {
    this.expect('(');
    const values = [this.literal()];
    while (this.peek().kind === ',') {
      this.next();
      values.push(this.literal());
    }
    this.expect(')');
    return values;
  }

  private literal(): Literal {
    const token = this.next();
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'name') {
      const word = token.value.toLowerCase();
      if (word === 'true') return true;
      if (word === 'false') return false;
      if (word === 'null') return null;
    }
    throw new FilterSyntaxError('expected a literal');
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(lexFilter(text)).parse();
}

export { FilterSyntaxError };
