// .NET regular expressions on top of JS RegExp: translates the syntax differences scripts commonly use and caches
// compiled patterns.

import { runtimeError } from '../error-factory';

const cache = new Map<string, RegExp>();

/** Translates .NET pattern syntax to JS: \A \Z \z, (?i) inline option at the start, possessive-free subset. */
function translate(pattern: string): { source: string; flags: string } {
  let flags = '';
  let p = pattern;
  const inline = /^\(\?([imsx]+)\)/.exec(p);
  if (inline) {
    p = p.slice(inline[0].length);
    if (inline[1].includes('i')) flags += 'i';
    if (inline[1].includes('m')) flags += 'm';
    if (inline[1].includes('s')) flags += 's';
  }
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[i + 1];
      if (n === 'A') out += '^';
      else if (n === 'Z') out += '(?=\\n?$)';
      else if (n === 'z') out += '$';
      else out += c + n;
      i++;
    } else if (c === '(' && p.startsWith('(?<', i) && !p.startsWith('(?<=', i) && !p.startsWith('(?<!', i)) {
      out += '(?<';
      i += 2;
    } else out += c;
  }
  return { source: out, flags };
}

/** A compiled .NET pattern (global, unicode-free JS RegExp); throws pwsh's error for an invalid pattern. */
export function netRegex(pattern: string, ignoreCase: boolean, extraFlags = ''): RegExp {
  const key = (ignoreCase ? 'i' : 'c') + extraFlags + ':' + pattern;
  let re = cache.get(key);
  if (re) {
    re.lastIndex = 0;
    return re;
  }
  const t = translate(pattern);
  let flags = 'g' + extraFlags + t.flags;
  if (ignoreCase && !flags.includes('i')) flags += 'i';
  try {
    re = new RegExp(t.source, [...new Set(flags)].join(''));
  } catch (e) {
    throw runtimeError(
      'InvalidRegularExpression',
      `The regular expression pattern ${pattern} is not valid.`,
      'InvalidOperation',
      'System.Management.Automation.RuntimeException',
      pattern,
    );
  }
  cache.set(key, re);
  return re;
}

/** Converts a .NET replacement string ($1, ${name}, $0, $$) to JS syntax. */
export function netReplacement(rep: string): string {
  return rep.replace(/\$(\$|\{([^}]+)\}|(\d+)|&|_|`|')/g, (m, _all, name, num) => {
    if (m === '$$') return '$$';
    if (name !== undefined) return /^\d+$/.test(name) ? (name === '0' ? '$&' : '$' + name) : `$<${name}>`;
    if (num !== undefined) return num === '0' ? '$&' : '$' + num;
    return m;
  });
}

// Wildcards (and the RegExp escaping they share) live in ./wildcard.ts; re-exported for the modules that import
// them from here.
export { wildcardRegex, hasWildcard, escapeRegex } from './wildcard';
