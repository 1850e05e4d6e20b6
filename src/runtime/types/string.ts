// System.String and System.Char: the instance methods scripts use and the static helpers.

import { registerType, PSChar, typedArray, DotNetException, type MethodAdapter } from '../values';
import { STRING_OVERLOADS, withOverloads } from './overload-signatures';
import { toStr, toInt32 } from '../convert';
import { compositeFormat } from '../operators/format';
import { compareStrings } from '../operators/comparison';
import { arg, argumentOutOfRange, nn } from './helpers';

const s = (v: unknown) => v as string;

function chars(v: unknown): string {
  if (v instanceof PSChar) return v.toString();
  if (Array.isArray(v)) return v.map((x) => toStr(x)).join('');
  return toStr(v);
}

function splitString(self: string, args: unknown[]): string[] {
  let seps: string[];
  const first = nn(args[0]);
  if (first === null || first === undefined || args.length === 0) seps = [' ', '\t', '\n', '\r'];
  else if (Array.isArray(first)) seps = first.map((x) => toStr(x));
  else if (first instanceof PSChar) seps = [first.toString()];
  else seps = typeof first === 'string' && args.length > 1 ? [first] : toStr(first).split('');
  let count = Infinity;
  let removeEmpty = false;
  for (const a of args.slice(1)) {
    const t = toStr(a);
    if (/RemoveEmptyEntries/i.test(t)) removeEmpty = true;
    else if (/^\d+$/.test(t)) count = Number(t);
  }
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < self.length; ) {
    const sep = out.length < count - 1 ? seps.find((x) => x !== '' && self.startsWith(x, i)) : undefined;
    if (sep !== undefined) {
      out.push(cur);
      cur = '';
      i += sep.length;
    } else cur += self[i++];
  }
  out.push(cur);
  return typedArray(removeEmpty ? out.filter((x) => x !== '') : out, 'System.String');
}

function trimChars(args: unknown[]): string | undefined {
  if (!args.length) return undefined;
  return args.map(chars).join('');
}

function trim(self: string, set: string | undefined, start: boolean, end: boolean): string {
  const isTrim = (c: string) => (set === undefined ? /\s/.test(c) : set.includes(c));
  let a = 0;
  let b = self.length;
  if (start) while (a < b && isTrim(self[a])) a++;
  if (end) while (b > a && isTrim(self[b - 1])) b--;
  return self.slice(a, b);
}

function cmpOpt(args: unknown[], i: number): boolean {
  return args.length > i && /IgnoreCase/i.test(toStr(args[i]));
}

registerType({
  fullName: 'System.String',
  accelerators: ['string'],
  interfaces: ['System.IComparable', 'System.Collections.IEnumerable', 'System.IConvertible'],
  isInstance: (v) => typeof v === 'string',
  isScalar: true,
  properties: [{ name: 'Length', type: 'int', get: (v) => s(v).length }],
  methods: withOverloads<MethodAdapter>(STRING_OVERLOADS, [
    { name: 'ToUpper', invoke: (v) => s(v).toUpperCase() },
    { name: 'ToLower', invoke: (v) => s(v).toLowerCase() },
    { name: 'ToUpperInvariant', invoke: (v) => s(v).toUpperCase() },
    { name: 'ToLowerInvariant', invoke: (v) => s(v).toLowerCase() },
    { name: 'Trim', invoke: (v, a) => trim(s(v), trimChars(a), true, true) },
    { name: 'TrimStart', invoke: (v, a) => trim(s(v), trimChars(a), true, false) },
    { name: 'TrimEnd', invoke: (v, a) => trim(s(v), trimChars(a), false, true) },
    { name: 'Split', invoke: (v, a) => splitString(s(v), a) },
    {
      name: 'Substring',
      parameters: ['startIndex', 'length'],
      invoke: (v, a) => {
        const str = s(v);
        const start = arg.int(a, 0);
        if (start > str.length || start < 0) throw argumentOutOfRange('startIndex', start < 0 ? 'StartIndex cannot be less than zero.' : 'startIndex cannot be larger than length of string.');
        if (a.length < 2) return str.slice(start);
        const len = arg.int(a, 1);
        if (len < 0 || start + len > str.length) throw argumentOutOfRange('length', 'Index and length must refer to a location within the string.');
        return str.substr(start, len);
      },
    },
    { name: 'Replace', invoke: (v, a) => (a[0] instanceof PSChar || typeof a[0] === 'string' ? s(v).split(chars(a[0])).join(chars(a[1] ?? '')) : s(v)) },
    { name: 'Contains', invoke: (v, a) => (cmpOpt(a, 1) ? s(v).toLowerCase().includes(chars(a[0]).toLowerCase()) : s(v).includes(chars(a[0]))) },
    { name: 'StartsWith', invoke: (v, a) => (cmpOpt(a, 1) ? s(v).toLowerCase().startsWith(chars(a[0]).toLowerCase()) : s(v).startsWith(chars(a[0]))) },
    { name: 'EndsWith', invoke: (v, a) => (cmpOpt(a, 1) ? s(v).toLowerCase().endsWith(chars(a[0]).toLowerCase()) : s(v).endsWith(chars(a[0]))) },
    {
      name: 'IndexOf',
      invoke: (v, a) => {
        const ic = cmpOpt(a, a.length - 1);
        const hay = ic ? s(v).toLowerCase() : s(v);
        const needle = ic ? chars(a[0]).toLowerCase() : chars(a[0]);
        return hay.indexOf(needle, a.length > 1 && !ic ? arg.int(a, 1) : 0);
      },
    },
    { name: 'LastIndexOf', invoke: (v, a) => s(v).lastIndexOf(chars(a[0])) },
    { name: 'IndexOfAny', invoke: (v, a) => { const set = chars(a[0]); const str = s(v); for (let i = 0; i < str.length; i++) if (set.includes(str[i])) return i; return -1; } },
    { name: 'PadLeft', parameters: ['totalWidth', 'paddingChar'], invoke: (v, a) => s(v).padStart(arg.int(a, 0), a.length > 1 ? chars(a[1]) : ' ') },
    { name: 'PadRight', parameters: ['totalWidth', 'paddingChar'], invoke: (v, a) => s(v).padEnd(arg.int(a, 0), a.length > 1 ? chars(a[1]) : ' ') },
    { name: 'Insert', parameters: ['startIndex', 'value'], invoke: (v, a) => { const i = arg.int(a, 0); return s(v).slice(0, i) + arg.str(a, 1) + s(v).slice(i); } },
    { name: 'Remove', parameters: ['startIndex', 'count'], invoke: (v, a) => { const i = arg.int(a, 0); return a.length > 1 ? s(v).slice(0, i) + s(v).slice(i + arg.int(a, 1)) : s(v).slice(0, i); } },
    { name: 'ToCharArray', invoke: (v) => typedArray([...s(v)].map((c) => new PSChar(c.charCodeAt(0))), 'System.Char') },
    { name: 'CompareTo', invoke: (v, a) => { const o = arg.str(a, 0); return s(v) < o ? -1 : s(v) > o ? 1 : 0; } },
    { name: 'Normalize', invoke: (v) => s(v).normalize() },
    { name: 'get_Chars', invoke: (v, a) => new PSChar(s(v).charCodeAt(arg.int(a, 0))) },
  ]),
  staticProperties: [{ name: 'Empty', type: 'string', get: () => '' }],
  staticMethods: [
    { name: 'IsNullOrEmpty', invoke: (a) => nn(a[0]) === null || toStr(a[0]) === '' },
    { name: 'IsNullOrWhiteSpace', invoke: (a) => nn(a[0]) === null || toStr(a[0]).trim() === '' },
    { name: 'Join', invoke: (a) => { const items = a.length === 2 && Array.isArray(a[1]) ? a[1] : a.slice(1); return items.map((x) => toStr(x)).join(chars(a[0])); } },
    { name: 'Concat', invoke: (a) => (a.length === 1 && Array.isArray(a[0]) ? a[0] : a).map((x) => toStr(x)).join('') },
    { name: 'Format', invoke: (a) => compositeFormat(arg.str(a, 0), a.length === 2 && Array.isArray(a[1]) ? a[1] : a.slice(1)) },
    { name: 'Compare', invoke: (a) => compareStrings(arg.str(a, 0), arg.str(a, 1), a.length > 2 && (a[2] === true || /IgnoreCase/i.test(toStr(a[2])))) },
    { name: 'Equals', invoke: (a) => arg.str(a, 0) === arg.str(a, 1) },
  ],
  // new string(char c, int count) and new string(char[] value).
  construct: (a) => {
    if (a.length !== 2) return chars(a[0]);
    const count = arg.int(a, 1);
    if (count < 0) {
      throw new DotNetException('System.ArgumentOutOfRangeException', `count ('${count}') must be a non-negative value. (Parameter 'count')\nActual value was ${count}.`);
    }
    return chars(a[0]).slice(0, 1).repeat(count);
  },
});

const c = (v: unknown) => (v as PSChar).toString();
registerType({
  fullName: 'System.Char',
  accelerators: ['char'],
  jsClass: PSChar,
  isScalar: true,
  methods: [
    { name: 'ToString', invoke: (v) => c(v) },
    { name: 'CompareTo', invoke: (v, a) => (v as PSChar).code - toInt32(a[0]) },
  ],
  staticProperties: [
    { name: 'MaxValue', get: () => new PSChar(0xffff) },
    { name: 'MinValue', get: () => new PSChar(0) },
  ],
  staticMethods: [
    { name: 'IsDigit', invoke: (a) => /^\d$/.test(chars(a[0])) },
    { name: 'IsLetter', invoke: (a) => /^\p{L}$/u.test(chars(a[0])) },
    { name: 'IsLetterOrDigit', invoke: (a) => /^[\p{L}\d]$/u.test(chars(a[0])) },
    { name: 'IsUpper', invoke: (a) => /^\p{Lu}$/u.test(chars(a[0])) },
    { name: 'IsLower', invoke: (a) => /^\p{Ll}$/u.test(chars(a[0])) },
    { name: 'IsWhiteSpace', invoke: (a) => /^\s$/.test(chars(a[0])) },
    { name: 'IsPunctuation', invoke: (a) => /^\p{P}$/u.test(chars(a[0])) },
    { name: 'ToUpper', invoke: (a) => new PSChar(chars(a[0]).toUpperCase().charCodeAt(0)) },
    { name: 'ToLower', invoke: (a) => new PSChar(chars(a[0]).toLowerCase().charCodeAt(0)) },
    { name: 'ConvertFromUtf32', invoke: (a) => String.fromCodePoint(arg.int(a, 0)) },
    { name: 'Parse', invoke: (a) => { const t = arg.str(a, 0); if (t.length !== 1) throw new DotNetException('System.FormatException', 'String must be exactly one character long.'); return new PSChar(t.charCodeAt(0)); } },
  ],
});
