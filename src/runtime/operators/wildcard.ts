// PowerShell wildcard patterns (System.Management.Automation.WildcardPattern), the one implementation behind
// -like, switch -wildcard, the Utility cmdlets and provider paths (-Path globbing, -Include, -Exclude, -Filter).
// Parsed as pwsh's WildcardPatternParser does: `*`, `?`, `[...]` with literal characters and a-z ranges only
// ('^' and '!' are literal: there is no negation), backtick escapes everywhere; an unclosed `[` or a range whose
// bounds are reversed is a WildcardPatternException. Compiled once to an anchored RegExp.

import { DotNetException, ErrorRecord } from '../values';
import { Msg, fmt } from '../messages';

type BracketItem = string | [string, string];

const cache = new Map<string, RegExp>();

/** An invalid pattern, as pwsh reports it from an operator (id RuntimeException, category NotSpecified). */
function invalidPattern(pattern: string): DotNetException {
  const ex = new DotNetException('System.Management.Automation.WildcardPatternException', fmt(Msg.InvalidWildcardPattern, pattern));
  ex.errorRecord = new ErrorRecord(ex, 'RuntimeException', 'NotSpecified', null);
  return ex;
}

/** Escapes the characters a JS RegExp (in or out of a class) treats specially. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}

function bracketSource(items: BracketItem[]): string {
  return '[' + items.map((x) => (typeof x === 'string' ? escapeRegex(x) : `${escapeRegex(x[0])}-${escapeRegex(x[1])}`)).join('') + ']';
}

/** pwsh's AppendBracketExpression: an unescaped '-' between two characters makes a range, anything else is literal. */
function bracketItems(contents: string[], isOperator: boolean[], pattern: string): BracketItem[] {
  const items: BracketItem[] = [];
  let i = 0;
  while (i < contents.length) {
    if (i + 2 < contents.length && isOperator[i + 1]) {
      const [low, high] = [contents[i], contents[i + 2]];
      if (low > high) throw invalidPattern(pattern);
      items.push([low, high]);
      i += 3;
    } else items.push(contents[i++]);
  }
  return items;
}

/** The regular expression source of a wildcard pattern (without anchors). */
function patternSource(pattern: string): string {
  let src = '';
  let escaped = false;
  let bracket: { contents: string[]; isOperator: boolean[]; justOpened: boolean } | undefined;
  for (let k = 0; k < pattern.length; k++) {
    const c = pattern[k];
    if (bracket) {
      if (c === ']' && !bracket.justOpened && !escaped) {
        src += bracketSource(bracketItems(bracket.contents, bracket.isOperator, pattern));
        bracket = undefined;
      } else {
        if (c !== '`' || escaped) {
          bracket.contents.push(c);
          bracket.isOperator.push(c === '-' && !escaped);
        }
        bracket.justOpened = false;
      }
    } else if (c === '*' && !escaped) src += '[\\s\\S]*';
    else if (c === '?' && !escaped) src += '[\\s\\S]';
    else if (c === '[' && !escaped) bracket = { contents: [], isOperator: [], justOpened: true };
    else if (c !== '`' || escaped) src += escapeRegex(c);
    escaped = c === '`' && !escaped;
  }
  if (bracket) throw invalidPattern(pattern);
  // A trailing backtick is literal, except that the pattern "`" alone matches what '' does.
  if (escaped && pattern !== '`') src += escapeRegex('`');
  return src;
}

/** The anchored RegExp of a wildcard pattern; throws WildcardPatternException for an invalid one. */
export function wildcardRegex(pattern: string, ignoreCase: boolean): RegExp {
  const key = (ignoreCase ? 'i:' : 'c:') + pattern;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(`^${patternSource(pattern)}$`, ignoreCase ? 'i' : '');
    cache.set(key, re);
  }
  return re;
}

export class WildcardPattern {
  readonly regex: RegExp;
  constructor(readonly pattern: string, ignoreCase: boolean) {
    this.regex = wildcardRegex(pattern, ignoreCase);
  }
  isMatch(text: string): boolean {
    return this.regex.test(text);
  }
}

/** True when the text has an unescaped wildcard character (`*`, `?`, `[`). */
export function hasWildcard(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Removes the backtick escapes of a literal segment (`[ → [). */
export function unescapeWildcard(text: string): string {
  return text.replace(/`(.)/g, '$1');
}
