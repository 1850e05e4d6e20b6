// OData $filter lexer: turns the filter text into tokens for filter-parser.ts (strings in single quotes with ''
// escapes, numbers, GUIDs, names and property paths, punctuation).

export type FilterToken =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'name'; value: string }
  | { kind: '(' | ')' | ',' | ':' }
  | { kind: 'end' };

export class FilterSyntaxError extends Error {}

const NAME = /^[A-Za-z_$@][A-Za-z0-9_.$@/-]*/;
const NUMBER = /^-?\d+(?:\.\d+)?/;

export function lexFilter(text: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',' || ch === ':') {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('unterminated string');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ kind: 'string', value });
    } else {
      const rest = text.slice(i);
      const number = NUMBER.exec(rest);
      const name = NAME.exec(rest);
      if (number && !(name && name[0].length > number[0].length)) {
        tokens.push({ kind: 'number', value: Number(number[0]) });
        i += number[0].length;
      } else if (name) {
        tokens.push({ kind: 'name', value: name[0] });
        i += name[0].length;
      } else {
        throw new FilterSyntaxError(`unexpected '${ch}'`);
      }
    }
  }
  tokens.push({ kind: 'end' });
  return tokens;
}
