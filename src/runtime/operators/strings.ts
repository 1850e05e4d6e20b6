// String operators: -replace (.NET replacement syntax or a script block), -split (regex or simple, max count,
// options), -join, -f.

import { ScriptBlock, Hashtable, enumerateValue, toDisplayString } from '../values';
import { toStr, toInt32 } from '../convert';
import { netRegex, netReplacement, escapeRegex } from './regex';
import { compositeFormat } from './format';
import { RegexMatch } from '../types/regex-match';

function items(v: unknown): unknown[] | undefined {
  if (v === null || typeof v !== 'object' || v instanceof Hashtable) return undefined;
  const e = enumerateValue(v);
  return e ? [...e] : undefined;
}

/** -replace: `b` is the pattern or (pattern, replacement); an array on the left maps each element. */
export function replaceOp(a: unknown, b: unknown, ignoreCase: boolean): unknown {
  const args = items(b) ?? [b];
  const pattern = toStr(args[0]);
  const replacement = args.length > 1 ? args[1] : '';
  const re = netRegex(pattern, ignoreCase);
  const one = (x: unknown): string => {
    const s = toStr(x);
    re.lastIndex = 0;
    if (replacement instanceof ScriptBlock) {
      return s.replace(re, (...m: unknown[]) => {
        const groups = typeof m[m.length - 1] === 'object' ? m.pop() : undefined;
        const input = m.pop() as string;
        const index = m.pop() as number;
        const match = new RegexMatch(m as string[], index, input, groups as Record<string, string> | undefined);
        return replacement.invokeInCallerScope([], match).map((o) => toDisplayString(o)).join('');
      });
    }
    return s.replace(re, netReplacement(toStr(replacement)));
  };
  const list = items(a);
  return list ? list.map(one) : one(a);
}

/** Binary -split: `b` is the pattern, or (pattern, max[, options]). */
export function splitOp(a: unknown, b: unknown, ignoreCase: boolean): string[] {
  const args = items(b) ?? [b];
  const pattern = args[0];
  const max = args.length > 1 ? toInt32(args[1]) : 0;
  const options = args.length > 2 ? toStr(args[2]).toLowerCase() : '';
  const inputs = (items(a) ?? [a]).map((x) => toStr(x));
  const out: string[] = [];
  for (const s of inputs) {
    if (pattern instanceof ScriptBlock) {
      let cur = '';
      for (const ch of s) {
        const r = pattern.invoke([ch], ch);
        if (r.some((x) => !!x)) {
          out.push(cur);
          cur = '';
        } else cur += ch;
      }
      out.push(cur);
      continue;
    }
    const src = options.includes('simplematch') ? escapeRegex(toStr(pattern)) : toStr(pattern);
    const ic = options.includes('ignorecase') ? true : ignoreCase;
    const flags = options.includes('multiline') ? 'm' : options.includes('singleline') ? 's' : '';
    out.push(...regexSplit(s, netRegex(src, ic, flags), max));
  }
  return out;
}

/** Regex.Split with a maximum count (the last piece keeps the rest); captured groups are included like .NET. */
function regexSplit(s: string, re: RegExp, max: number): string[] {
  const parts: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((max <= 0 || parts.length < max - 1) && (m = re.exec(s)) !== null) {
    if (m[0] === '') {
      if (m.index >= s.length) break;
      if (m.index === 0) {
        re.lastIndex++;
        continue;
      }
    }
    parts.push(s.slice(last, m.index));
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) parts.push(m[i]);
    last = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  parts.push(s.slice(last));
  re.lastIndex = 0;
  return parts;
}

/** Unary -split: split on whitespace, dropping empty entries. */
export function unarySplit(a: unknown): string[] {
  const out: string[] = [];
  for (const x of items(a) ?? [a]) out.push(...toStr(x).trim().split(/\s+/).filter((p) => p !== ''));
  return out;
}

/** -join: elements' string forms joined with the separator. */
export function joinOp(a: unknown, sep: unknown): string {
  const list = items(a) ?? (a === null ? [] : [a]);
  return list.map((x) => toDisplayString(x)).join(toStr(sep));
}

/** -f. */
export function formatOp(format: unknown, args: unknown): string {
  return compositeFormat(toStr(format), items(args) ?? [args]);
}
