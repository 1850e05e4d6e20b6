// PowerShell wildcard patterns (System.Management.Automation.WildcardPattern): * ? [abc] [a-z], ` escapes.
// Compiled once to a RegExp; provider paths use them for -Path globbing, -Include, -Exclude and -Filter.

const WILDCARD_CHARS = /[*?[]/;

/** True when the text has an unescaped wildcard character. */
export function hasWildcard(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') i++;
    else if (WILDCARD_CHARS.test(c)) return true;
  }
  return false;
}

/** Removes the backtick escapes of a literal segment (`[ → [). */
export function unescapeWildcard(text: string): string {
  return text.replace(/`(.)/g, '$1');
}

function escapeRegex(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export class WildcardPattern {
  readonly regex: RegExp;
  constructor(readonly pattern: string, ignoreCase: boolean) {
    let src = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '`' && i + 1 < pattern.length) src += escapeRegex(pattern[++i]);
      else if (c === '*') src += '[\\s\\S]*';
      else if (c === '?') src += '[\\s\\S]';
      else if (c === '[') {
        const close = pattern.indexOf(']', i + 1);
        if (close < 0) src += escapeRegex(c);
        else {
          const body = pattern.slice(i + 1, close).replace(/[\\^\]]/g, '\\$&');
          src += `[${body}]`;
          i = close;
        }
      } else src += escapeRegex(c);
    }
    this.regex = new RegExp(`^${src}$`, ignoreCase ? 'i' : '');
  }
  isMatch(text: string): boolean {
    return this.regex.test(text);
  }
}
