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
    let cuts: SplitCut[];
    if (pattern instanceof ScriptBlock) {
      cuts = [];
      let i = 0;
      for (const ch of s) {
        if (pattern.invoke([ch], ch).some((x) => !!x)) cuts.push({ index: i, length: ch.length, captures: [] });
        i += ch.length;
      }
    } else {
      const src = options.includes('simplematch') ? escapeRegex(toStr(pattern)) : toStr(pattern);
      const ic = options.includes('ignorecase') ? true : ignoreCase;
      const flags = options.includes('multiline') ? 'm' : options.includes('singleline') ? 's' : '';
      cuts = regexCuts(s, netRegex(src, ic, flags), max < 0);
    }
    out.push(...splitAt(s, cuts, max));
  }
  return out;
}

/** Where a -split separator matched, with the groups it captured (.NET puts those between the pieces). */
interface SplitCut {
  index: number;
  length: number;
  captures: string[];
}

/** Every match of `re` in `s`; left to right, an empty match at either end is not a separator, as .NET's Split has it. */
function regexCuts(s: string, re: RegExp, rightToLeft: boolean): SplitCut[] {
  const cuts: SplitCut[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const empty = m[0] === '';
    if (empty) re.lastIndex++;
    if (empty && !rightToLeft && (m.index === 0 || m.index >= s.length)) {
      if (m.index >= s.length) break;
      continue;
    }
    cuts.push({ index: m.index, length: m[0].length, captures: m.slice(1).filter((g): g is string => g !== undefined) });
    if (m.index >= s.length) break;
  }
  re.lastIndex = 0;
  return cuts;
}

/** The pieces between cuts: a positive max keeps the first max-1 cuts, a negative one the last |max|-1 (RightToLeft). */
function splitAt(s: string, cuts: SplitCut[], max: number): string[] {
  const keep = max === 0 ? cuts : max > 0 ? cuts.slice(0, max - 1) : cuts.slice(Math.max(0, cuts.length - (-max - 1)));
  const parts: string[] = [];
  let last = 0;
  for (const cut of keep) {
    parts.push(s.slice(last, cut.index), ...cut.captures);
    last = cut.index + cut.length;
  }
  parts.push(s.slice(last));
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
