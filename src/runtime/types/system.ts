// Utility .NET types scripts use: [regex], [convert], [System.IO.Path], [Environment], [System.Text.Encoding],
// [System.Text.StringBuilder].

import * as os from 'os';
import * as path from 'path';
import * as fs from 'fs';
import { registerType, Hashtable, typedArray, TypedNumber, DotNetException, PSChar, ListValue } from '../values';
import { toStr, toInt32, toInt64 } from '../convert';
import { netRegex, netReplacement, escapeRegex } from '../operators/regex';
import { regexUnescape } from '../operators/regex-unescape';
import { RegexMatch } from './regex-match';
import { arg, nn, bytesOf, byteArray } from './helpers';

class RegexValue {
  constructor(readonly pattern: string, readonly ignoreCase: boolean) {}
  re(): RegExp {
    return netRegex(this.pattern, this.ignoreCase);
  }
}

function options(v: unknown): boolean {
  return /IgnoreCase/i.test(toStr(v ?? '')) || (typeof v === 'number' && (v & 1) === 1);
}

function matches(re: RegExp, input: string): RegexMatch[] {
  re.lastIndex = 0;
  const out: RegexMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    out.push(RegexMatch.fromExec(m));
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

function firstMatch(re: RegExp, input: string): RegexMatch | null {
  re.lastIndex = 0;
  const m = re.exec(input);
  re.lastIndex = 0;
  return m ? RegexMatch.fromExec(m) : null;
}

registerType({
  fullName: 'System.Text.RegularExpressions.Regex',
  accelerators: ['regex'],
  jsClass: RegexValue,
  properties: [{ name: 'Options', get: (r: RegexValue) => (r.ignoreCase ? 'IgnoreCase' : 'None') }],
  methods: [
    { name: 'Match', invoke: (r: RegexValue, a) => firstMatch(r.re(), arg.str(a, 0)) },
    { name: 'Matches', invoke: (r: RegexValue, a) => matches(r.re(), arg.str(a, 0)) },
    { name: 'IsMatch', invoke: (r: RegexValue, a) => { const re = r.re(); re.lastIndex = 0; const ok = re.test(arg.str(a, 0)); re.lastIndex = 0; return ok; } },
    { name: 'Replace', invoke: (r: RegexValue, a) => arg.str(a, 0).replace(r.re(), netReplacement(arg.str(a, 1))) },
    { name: 'Split', invoke: (r: RegexValue, a) => typedArray(arg.str(a, 0).split(r.re()), 'System.String') },
  ],
  staticMethods: [
    { name: 'Match', invoke: (a) => firstMatch(netRegex(arg.str(a, 1), options(a[2])), arg.str(a, 0)) },
    { name: 'Matches', invoke: (a) => matches(netRegex(arg.str(a, 1), options(a[2])), arg.str(a, 0)) },
    { name: 'IsMatch', invoke: (a) => { const re = netRegex(arg.str(a, 1), options(a[2])); re.lastIndex = 0; const ok = re.test(arg.str(a, 0)); re.lastIndex = 0; return ok; } },
    { name: 'Replace', invoke: (a) => arg.str(a, 0).replace(netRegex(arg.str(a, 1), options(a[3])), netReplacement(arg.str(a, 2))) },
    { name: 'Split', invoke: (a) => typedArray(arg.str(a, 0).split(netRegex(arg.str(a, 1), options(a[2]))), 'System.String') },
    { name: 'Escape', invoke: (a) => escapeRegex(arg.str(a, 0)).replace(/\\\//g, '/').replace(/ /g, '\\ ').replace(/\\-/g, '-') },
    { name: 'Unescape', invoke: (a) => regexUnescape(arg.str(a, 0)) },
  ],
  construct: (a) => {
    netRegex(arg.str(a, 0), false);
    return new RegexValue(arg.str(a, 0), options(a[1]));
  },
  convertFrom: (v) => (typeof v === 'string' ? new RegexValue(v, false) : undefined),
  toString: (r: RegexValue) => r.pattern,
});

registerType({
  fullName: 'System.Convert',
  accelerators: ['convert'],
  staticMethods: [
    { name: 'ToBase64String', invoke: (a) => bytesOf(a[0]).toString('base64') },
    {
      name: 'FromBase64String',
      invoke: (a) => {
        const s = arg.str(a, 0).replace(/\s/g, '');
        if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) {
          throw new DotNetException('System.FormatException', 'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.');
        }
        return byteArray(Buffer.from(s, 'base64'));
      },
    },
    { name: 'ToInt32', invoke: (a) => (a.length > 1 ? parseInt(arg.str(a, 0), arg.int(a, 1)) | 0 : toInt32(a[0])) },
    { name: 'ToInt64', invoke: (a) => (a.length > 1 ? BigInt.asIntN(64, BigInt(parseInt(arg.str(a, 0), arg.int(a, 1)))) : toInt64(a[0])) },
    { name: 'ToString', invoke: (a) => (a.length > 1 && typeof a[1] === 'number' ? (toInt32(a[0]) >>> 0).toString(arg.int(a, 1)) : toStr(a[0])) },
    { name: 'ToBoolean', invoke: (a) => { const s = arg.str(a, 0).toLowerCase(); if (s === 'true') return true; if (s === 'false') return false; return toInt32(a[0]) !== 0; } },
    { name: 'ToDouble', invoke: (a) => Number(arg.str(a, 0)) },
    { name: 'ToChar', invoke: (a) => new PSChar(arg.int(a, 0)) },
    { name: 'ToHexString', invoke: (a) => bytesOf(a[0]).toString('hex').toUpperCase() },
    { name: 'FromHexString', invoke: (a) => byteArray(Buffer.from(arg.str(a, 0), 'hex')) },
  ],
});

registerType({
  fullName: 'System.IO.Path',
  staticProperties: [
    { name: 'DirectorySeparatorChar', get: () => new PSChar(path.sep.charCodeAt(0)) },
    { name: 'AltDirectorySeparatorChar', get: () => new PSChar(47) },
    { name: 'PathSeparator', get: () => new PSChar(path.delimiter.charCodeAt(0)) },
  ],
  staticMethods: [
    { name: 'Combine', invoke: (a) => a.map((x) => toStr(x)).reduce((acc, p) => (p.startsWith('/') ? p : acc === '' ? p : acc.replace(/\/?$/, '/') + p), '') },
    { name: 'Join', invoke: (a) => a.map((x) => toStr(x)).filter((p) => p !== '').reduce((acc, p) => (acc === '' ? p : acc.replace(/\/?$/, '/') + p.replace(/^\//, '')), '') },
    { name: 'GetFileName', invoke: (a) => (nn(a[0]) === null ? null : arg.str(a, 0).slice(arg.str(a, 0).lastIndexOf('/') + 1)) },
    { name: 'GetFileNameWithoutExtension', invoke: (a) => { const n = path.posix.basename(arg.str(a, 0)); const i = n.lastIndexOf('.'); return i > 0 ? n.slice(0, i) : n; } },
    { name: 'GetExtension', invoke: (a) => { const n = path.posix.basename(arg.str(a, 0)); const i = n.lastIndexOf('.'); return i >= 0 ? n.slice(i) : ''; } },
    { name: 'GetDirectoryName', invoke: (a) => { const p = arg.str(a, 0); const i = p.lastIndexOf('/'); return i < 0 ? '' : i === 0 ? (p.length > 1 ? '/' : null) : p.slice(0, i); } },
    { name: 'ChangeExtension', invoke: (a) => { const p = arg.str(a, 0); const i = p.lastIndexOf('.'); const base = i > p.lastIndexOf('/') ? p.slice(0, i) : p; const e = nn(a[1]) === null ? '' : arg.str(a, 1); return base + (e && !e.startsWith('.') ? '.' + e : e); } },
    { name: 'IsPathRooted', invoke: (a) => arg.str(a, 0).startsWith('/') },
    { name: 'GetFullPath', invoke: (a) => path.resolve(arg.str(a, 0)) },
    { name: 'GetTempPath', invoke: () => (process.env.TMPDIR ?? '/tmp').replace(/\/?$/, '/') },
    { name: 'GetRandomFileName', invoke: () => { const s = (require('crypto') as typeof import('crypto')).randomBytes(8).toString('base64').replace(/[^a-z0-9]/gi, '').toLowerCase().padEnd(11, '0'); return `${s.slice(0, 8)}.${s.slice(8, 11)}`; } },
    { name: 'GetInvalidFileNameChars', invoke: () => typedArray([new PSChar(0), new PSChar(47)], 'System.Char') },
    { name: 'GetPathRoot', invoke: (a) => (arg.str(a, 0).startsWith('/') ? '/' : '') },
  ],
});

registerType({
  fullName: 'System.Environment',
  accelerators: ['environment'],
  staticProperties: [
    { name: 'NewLine', get: () => '\n' },
    { name: 'MachineName', get: () => os.hostname() },
    { name: 'UserName', get: () => os.userInfo().username },
    { name: 'ProcessorCount', get: () => os.cpus().length },
    { name: 'CurrentDirectory', get: () => process.cwd() },
    { name: 'Is64BitProcess', get: () => true },
    { name: 'Is64BitOperatingSystem', get: () => true },
    { name: 'ProcessId', get: () => process.pid },
    { name: 'TickCount', get: () => Math.floor(performance.now()) | 0 },
    { name: 'OSVersion', get: () => ({ Platform: 'Unix', VersionString: `Unix ${os.release()}` }) },
  ],
  staticMethods: [
    { name: 'GetEnvironmentVariable', invoke: (a) => process.env[arg.str(a, 0)] ?? null },
    { name: 'SetEnvironmentVariable', invoke: (a) => { const n = arg.str(a, 0); if (nn(a[1]) === null || arg.str(a, 1) === '') delete process.env[n]; else process.env[n] = arg.str(a, 1); return undefined; } },
    { name: 'GetEnvironmentVariables', invoke: () => Hashtable.from(Object.entries(process.env)) },
    { name: 'GetFolderPath', invoke: () => os.homedir() },
    { name: 'Exit', invoke: (a) => process.exit(arg.int(a, 0)) },
  ],
});

export class EncodingValue {
  constructor(readonly name: 'utf8' | 'utf16le' | 'latin1' | 'ascii', readonly webName: string) {}
}
const UTF8 = new EncodingValue('utf8', 'utf-8');

/** [Console]::OutputEncoding: how native commands' output is decoded (process-wide, as in .NET). */
let consoleOutputEncoding = UTF8;
export function consoleEncoding(): EncodingValue {
  return consoleOutputEncoding;
}
registerType({
  fullName: 'System.Text.Encoding',
  jsClass: EncodingValue,
  properties: [
    { name: 'WebName', get: (e: EncodingValue) => e.webName },
    { name: 'EncodingName', get: (e: EncodingValue) => ({ 'utf-8': 'Unicode (UTF-8)', 'us-ascii': 'US-ASCII', 'utf-16': 'Unicode' })[e.webName] ?? e.webName },
  ],
  methods: [
    { name: 'GetBytes', invoke: (e: EncodingValue, a) => byteArray(Buffer.from(arg.str(a, 0), e.name)) },
    { name: 'GetString', invoke: (e: EncodingValue, a) => bytesOf(a[0]).toString(e.name) },
    { name: 'GetByteCount', invoke: (e: EncodingValue, a) => Buffer.byteLength(arg.str(a, 0), e.name) },
  ],
  staticProperties: [
    { name: 'UTF8', get: () => UTF8 },
    { name: 'ASCII', get: () => new EncodingValue('ascii', 'us-ascii') },
    { name: 'Latin1', get: () => new EncodingValue('latin1', 'iso-8859-1') },
    { name: 'Unicode', get: () => new EncodingValue('utf16le', 'utf-16') },
    { name: 'Default', get: () => UTF8 },
  ],
  toString: () => 'System.Text.UTF8Encoding+UTF8EncodingSealed',
});

registerType({
  fullName: 'System.Console',
  staticProperties: [
    {
      name: 'OutputEncoding',
      type: 'System.Text.Encoding',
      get: () => consoleOutputEncoding,
      set: (v) => {
        if (!(v instanceof EncodingValue)) throw new DotNetException('System.ArgumentNullException', "Value cannot be null. (Parameter 'value')");
        consoleOutputEncoding = v;
      },
    },
  ],
});

class StringBuilderValue {
  text = '';
}
const sb = (v: unknown) => v as StringBuilderValue;
registerType({
  fullName: 'System.Text.StringBuilder',
  jsClass: StringBuilderValue,
  properties: [
    { name: 'Capacity', type: 'int', get: (v) => Math.max(16, sb(v).text.length) },
    { name: 'MaxCapacity', type: 'int', get: () => 2147483647 },
    { name: 'Length', type: 'int', get: (v) => sb(v).text.length, set: (v, n) => void (sb(v).text = sb(v).text.slice(0, toInt32(n))) },
  ],
  methods: [
    { name: 'Append', invoke: (v, a) => { sb(v).text += a.length > 1 && typeof a[1] === 'number' ? toStr(a[0]).repeat(toInt32(a[1])) : toStr(a[0]); return v; } },
    { name: 'AppendLine', invoke: (v, a) => { sb(v).text += (a.length ? toStr(a[0]) : '') + '\n'; return v; } },
    { name: 'AppendFormat', invoke: (v, a) => { sb(v).text += require('../operators/format').compositeFormat(arg.str(a, 0), a.slice(1)); return v; } },
    { name: 'Insert', invoke: (v, a) => { const i = arg.int(a, 0); sb(v).text = sb(v).text.slice(0, i) + toStr(a[1]) + sb(v).text.slice(i); return v; } },
    { name: 'Remove', invoke: (v, a) => { const i = arg.int(a, 0); sb(v).text = sb(v).text.slice(0, i) + sb(v).text.slice(i + arg.int(a, 1)); return v; } },
    { name: 'Replace', invoke: (v, a) => { sb(v).text = sb(v).text.split(toStr(a[0])).join(toStr(a[1])); return v; } },
    { name: 'Clear', invoke: (v) => { sb(v).text = ''; return v; } },
    { name: 'ToString', invoke: (v) => sb(v).text },
  ],
  construct: (a) => {
    const b = new StringBuilderValue();
    if (a.length && typeof a[0] === 'string') b.text = a[0];
    return b;
  },
  toString: (v) => sb(v).text,
});

function fileError(e: unknown, file: string): DotNetException {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') {
    const dir = path.dirname(file);
    return fs.existsSync(dir)
      ? new DotNetException('System.IO.FileNotFoundException', `Could not find file '${file}'.`)
      : new DotNetException('System.IO.DirectoryNotFoundException', `Could not find a part of the path '${file}'.`);
  }
  if (code === 'EACCES') return new DotNetException('System.UnauthorizedAccessException', `Access to the path '${file}' is denied.`);
  return new DotNetException('System.IO.IOException', (e as Error).message);
}

/** [System.IO.File]: paths are relative to the process directory, as in .NET. */
function withFile<T>(a: unknown[], work: (file: string) => T): T {
  const file = path.resolve(arg.str(a, 0));
  try {
    return work(file);
  } catch (e) {
    throw e instanceof DotNetException ? e : fileError(e, file);
  }
}

registerType({
  fullName: 'System.IO.File',
  staticMethods: [
    { name: 'Exists', invoke: (a) => nn(a[0]) !== null && fs.existsSync(path.resolve(arg.str(a, 0))) && fs.statSync(path.resolve(arg.str(a, 0))).isFile() },
    { name: 'ReadAllText', invoke: (a) => withFile(a, (f) => fs.readFileSync(f, 'utf8')) },
    { name: 'ReadAllLines', invoke: (a) => withFile(a, (f) => typedArray(fs.readFileSync(f, 'utf8').split(/\r?\n/).filter((l, i, all) => i < all.length - 1 || l !== ''), 'System.String')) },
    { name: 'ReadAllBytes', invoke: (a) => withFile(a, (f) => byteArray(fs.readFileSync(f))) },
    { name: 'WriteAllText', invoke: (a) => withFile(a, (f) => void fs.writeFileSync(f, arg.str(a, 1))) },
    { name: 'WriteAllLines', invoke: (a) => withFile(a, (f) => void fs.writeFileSync(f, (Array.isArray(a[1]) ? a[1] : [a[1]]).map((x) => toStr(x) + '\n').join(''))) },
    { name: 'WriteAllBytes', invoke: (a) => withFile(a, (f) => void fs.writeFileSync(f, bytesOf(a[1]))) },
    { name: 'AppendAllText', invoke: (a) => withFile(a, (f) => void fs.appendFileSync(f, arg.str(a, 1))) },
    { name: 'Delete', invoke: (a) => withFile(a, (f) => void fs.rmSync(f, { force: true })) },
  ],
});
