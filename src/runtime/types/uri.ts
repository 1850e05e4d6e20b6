// [uri] (System.Uri), [System.UriBuilder], [System.Net.WebUtility] and [System.Web.HttpUtility] (with the
// NameValueCollection ParseQueryString returns), over Node's WHATWG URL parser.

import { registerType, DotNetException, PSReference, typedArray } from '../values';
import { toStr, toInt32 } from '../convert';
import { arg, nn, argumentNull, registerEnum } from './helpers';

registerEnum('System.UriKind', { RelativeOrAbsolute: 0, Absolute: 1, Relative: 2 });
registerEnum('System.UriHostNameType', { Unknown: 0, Basic: 1, Dns: 2, IPv4: 3, IPv6: 4 });

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21, ws: 80, wss: 443, file: -1 };

/** System.Uri: an absolute URI (parsed) or a relative one (its text only). */
export class UriValue {
  constructor(
    readonly original: string,
    readonly url?: URL,
  ) {}
}

function invalidUri(): DotNetException {
  return new DotNetException('System.UriFormatException', 'Invalid URI: The format of the URI could not be determined.');
}

/** Parses an absolute URI (on Unix a rooted path is a file URI, as in .NET), or undefined. */
function parseAbsolute(text: string): URL | undefined {
  try {
    if (text.startsWith('/')) return new URL('file://' + text);
    if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) return undefined;
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** new Uri(text, kind): 'Absolute' requires an absolute URI, 'Relative' a relative one, else either. */
function createUri(text: string, kind: string): UriValue {
  const url = parseAbsolute(text);
  if (kind === 'Absolute' && !url) throw invalidUri();
  if (kind === 'Relative' && url) throw new DotNetException('System.UriFormatException', 'Invalid URI: The format of the URI could not be determined.');
  return new UriValue(text, kind === 'Relative' ? undefined : url);
}

function kindOf(v: unknown): string {
  const s = toStr(nn(v));
  return s === '1' ? 'Absolute' : s === '2' ? 'Relative' : s;
}

function uriOf(v: unknown): UriValue {
  return v instanceof UriValue ? v : createUri(toStr(v), 'RelativeOrAbsolute');
}

function port(u: URL): number {
  return u.port ? Number(u.port) : DEFAULT_PORTS[u.protocol.slice(0, -1)] ?? -1;
}

function hostNameType(h: string): string {
  if (h.startsWith('[')) return 'IPv6';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return 'IPv4';
  return h === '' ? 'Basic' : 'Dns';
}

function segments(path: string): string[] {
  return path.match(/[^/]*\/|[^/]+$/g) ?? [];
}

/** Uri.ToString(): the canonical form with escapes of unreserved characters undone. */
function uriText(u: UriValue): string {
  if (!u.url) return u.original;
  try {
    return decodeURI(u.url.href);
  } catch {
    return u.url.href;
  }
}

/** Properties of an absolute URI; on a relative one they give $null (pwsh hides the getter's exception). */
function abs<T>(get: (u: URL) => T) {
  return (u: UriValue) => (u.url ? get(u.url) : null);
}

registerType({
  fullName: 'System.Uri',
  accelerators: ['uri'],
  jsClass: UriValue,
  properties: [
    { name: 'AbsolutePath', type: 'string', get: abs((u) => u.pathname) },
    { name: 'AbsoluteUri', type: 'string', get: abs((u) => u.href) },
    { name: 'LocalPath', type: 'string', get: abs((u) => decodeURIComponent(u.pathname)) },
    { name: 'Authority', type: 'string', get: abs((u) => u.host) },
    { name: 'HostNameType', type: 'System.UriHostNameType', get: abs((u) => hostNameType(u.hostname)) },
    { name: 'IsDefaultPort', type: 'bool', get: abs((u) => u.port === '') },
    { name: 'IsFile', type: 'bool', get: abs((u) => u.protocol === 'file:') },
    { name: 'IsLoopback', type: 'bool', get: abs((u) => u.protocol === 'file:' || u.hostname === 'localhost' || u.hostname === '[::1]' || u.hostname.startsWith('127.')) },
    { name: 'PathAndQuery', type: 'string', get: abs((u) => u.pathname + u.search) },
    { name: 'Segments', type: 'string[]', get: abs((u) => typedArray(segments(u.pathname), 'System.String')) },
    { name: 'IsUnc', type: 'bool', get: abs(() => false) },
    { name: 'Host', type: 'string', get: abs((u) => u.hostname) },
    { name: 'Port', type: 'int', get: abs(port) },
    { name: 'Query', type: 'string', get: abs((u) => u.search) },
    { name: 'Fragment', type: 'string', get: abs((u) => u.hash) },
    { name: 'Scheme', type: 'string', get: abs((u) => u.protocol.slice(0, -1)) },
    { name: 'OriginalString', type: 'string', get: (u: UriValue) => u.original },
    { name: 'DnsSafeHost', type: 'string', get: abs((u) => u.hostname) },
    { name: 'IdnHost', type: 'string', get: abs((u) => u.hostname) },
    { name: 'IsAbsoluteUri', type: 'bool', get: (u: UriValue) => u.url !== undefined },
    { name: 'UserEscaped', type: 'bool', get: () => false },
    { name: 'UserInfo', type: 'string', get: abs((u) => (u.username ? u.username + (u.password ? ':' + u.password : '') : '')) },
  ],
  methods: [
    { name: 'GetLeftPart', invoke: (u: UriValue, a) => { const url = u.url!; const part = toStr(a[0]); return part === 'Scheme' ? url.protocol + '//' : part === 'Authority' ? url.origin : part === 'Path' ? url.origin + url.pathname : url.origin + url.pathname + url.search; } },
    { name: 'IsBaseOf', invoke: (u: UriValue, a) => uriOf(a[0]).url?.href.startsWith(u.url!.href.replace(/[^/]*$/, '')) ?? false },
    { name: 'MakeRelativeUri', invoke: (u: UriValue, a) => new UriValue(uriOf(a[0]).url!.href.slice(u.url!.href.replace(/[^/]*$/, '').length)) },
  ],
  toString: uriText,
  construct: (a) => {
    if (a.length >= 2 && (a[0] instanceof UriValue || parseAbsolute(toStr(a[0])))) {
      const base = uriOf(a[0]).url!;
      return createUri(new URL(toStr(a[1] instanceof UriValue ? a[1].original : a[1]), base).href, 'Absolute');
    }
    if (nn(a[0]) === null) throw argumentNull('uriString');
    return createUri(toStr(a[0]), a.length > 1 ? kindOf(a[1]) : 'Absolute');
  },
  convertFrom: (v) => (typeof v === 'string' ? createUri(v, 'RelativeOrAbsolute') : undefined),
  staticProperties: ['Http', 'Https', 'Ftp', 'File', 'Mailto', 'Ws', 'Wss'].map((s) => ({ name: 'UriScheme' + s, type: 'string', get: () => s.toLowerCase() })),
  staticMethods: [
    { name: 'EscapeDataString', invoke: (a) => escapeData(arg.str(a, 0)) },
    { name: 'UnescapeDataString', invoke: (a) => unescape(arg.str(a, 0), false) },
    { name: 'EscapeUriString', invoke: (a) => encodeURI(arg.str(a, 0)) },
    {
      name: 'IsWellFormedUriString',
      invoke: (a) => {
        const s = toStr(nn(a[0]));
        const url = parseAbsolute(s);
        const kind = kindOf(a[1]);
        if (/\s/.test(s) || s === '') return kind !== 'Absolute' && s === '';
        return kind === 'Absolute' ? !!url : kind === 'Relative' ? !url : true;
      },
    },
    {
      name: 'TryCreate',
      invoke: (a) => {
        let result: UriValue | null = null;
        try {
          result = a[0] instanceof UriValue && a.length === 3 && !(a[1] instanceof PSReference) ? createUri(new URL(toStr(a[1]), a[0].url).href, 'Absolute') : createUri(toStr(a[0]), kindOf(a[1]));
        } catch {
          result = null;
        }
        const out = a[a.length - 1];
        if (out instanceof PSReference) out.value = result;
        return result !== null;
      },
    },
  ],
});

/** Uri.EscapeDataString: everything but RFC 3986's unreserved characters is %XX (UTF-8, upper case). */
function escapeData(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Decodes %XX sequences (UTF-8); an invalid sequence stays as written. `plus`: '+' is a space (form encoding). */
function unescape(s: string, plus: boolean): string {
  const text = plus ? s.replace(/\+/g, ' ') : s;
  return text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1');
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// UriBuilder

class UriBuilderValue {
  constructor(
    public Scheme: string,
    public Host: string,
    public Port: number,
    public Path: string,
    public Query = '',
    public Fragment = '',
    public UserName = '',
    public Password = '',
  ) {}
  text(withDefaultPort: boolean): string {
    const user = this.UserName ? this.UserName + (this.Password ? ':' + this.Password : '') + '@' : '';
    const showPort = this.Port !== -1 && (withDefaultPort || this.Port !== DEFAULT_PORTS[this.Scheme.toLowerCase()]);
    const path = this.Path.startsWith('/') ? this.Path : '/' + this.Path;
    return `${this.Scheme}://${user}${this.Host}${showPort ? ':' + this.Port : ''}${path}${this.Query}${this.Fragment}`;
  }
}

const ub = (v: unknown) => v as UriBuilderValue;
const prefixed = (mark: string) => (v: unknown) => {
  const s = toStr(nn(v));
  return s === '' || s.startsWith(mark) ? s : mark + s;
};

registerType({
  fullName: 'System.UriBuilder',
  jsClass: UriBuilderValue,
  properties: [
    { name: 'Fragment', type: 'string', get: (b) => ub(b).Fragment, set: (b, v) => (ub(b).Fragment = prefixed('#')(v)) },
    { name: 'Host', type: 'string', get: (b) => ub(b).Host, set: (b, v) => (ub(b).Host = toStr(v)) },
    { name: 'Password', type: 'string', get: (b) => ub(b).Password, set: (b, v) => (ub(b).Password = toStr(v)) },
    { name: 'Path', type: 'string', get: (b) => ub(b).Path, set: (b, v) => (ub(b).Path = toStr(v) || '/') },
    { name: 'Port', type: 'int', get: (b) => ub(b).Port, set: (b, v) => (ub(b).Port = toInt32(v)) },
    { name: 'Query', type: 'string', get: (b) => ub(b).Query, set: (b, v) => (ub(b).Query = prefixed('?')(v)) },
    { name: 'Scheme', type: 'string', get: (b) => ub(b).Scheme, set: (b, v) => (ub(b).Scheme = toStr(v).replace(/:.*$/, '').toLowerCase()) },
    { name: 'Uri', type: 'uri', get: (b) => createUri(ub(b).text(false), 'Absolute') },
    { name: 'UserName', type: 'string', get: (b) => ub(b).UserName, set: (b, v) => (ub(b).UserName = toStr(v)) },
  ],
  toString: (b: UriBuilderValue) => b.text(true),
  construct: (a) => {
    if (a.length === 0) return new UriBuilderValue('http', 'localhost', -1, '/');
    if (a.length === 1) {
      const text = a[0] instanceof UriValue ? a[0].original : toStr(a[0]);
      const u = parseAbsolute(text) ?? parseAbsolute('http://' + text);
      if (!u) throw invalidUri();
      return new UriBuilderValue(u.protocol.slice(0, -1), u.hostname, port(u), u.pathname, u.search, u.hash, u.username, u.password);
    }
    const scheme = arg.str(a, 0);
    return new UriBuilderValue(scheme, arg.str(a, 1), a.length > 2 ? arg.int(a, 2) : DEFAULT_PORTS[scheme] ?? -1, a.length > 3 ? arg.str(a, 3) : '/', a.length > 4 ? prefixed('?')(a[4]) : '');
  },
});

// ---------------------------------------------------------------------------------------------------------------------
// WebUtility and HttpUtility

/** Form URL encoding: spaces are '+', letters, digits and -_.!*() stay, the rest is %XX of the UTF-8 bytes. */
function formEncode(s: string, lowerHex: boolean): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.!*()]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else {
      const hex = byte.toString(16).padStart(2, '0');
      out += '%' + (lowerHex ? hex : hex.toUpperCase());
    }
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };
const HTML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

function htmlEncode(s: string): string {
  return s.replace(/[<>&"']|[\u00a0-\u00ff]/g, (c) => HTML_ESCAPES[c] ?? `&#${c.charCodeAt(0)};`);
}

function htmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return HTML_ENTITIES[e.toLowerCase()] ?? all;
  });
}

const nullable = (f: (s: string) => string) => (a: unknown[]) => (nn(a[0]) === null ? null : f(toStr(a[0])));

registerType({
  fullName: 'System.Net.WebUtility',
  staticMethods: [
    { name: 'UrlEncode', invoke: nullable((s) => formEncode(s, false)) },
    { name: 'UrlDecode', invoke: nullable((s) => unescape(s, true)) },
    { name: 'HtmlEncode', invoke: nullable(htmlEncode) },
    { name: 'HtmlDecode', invoke: nullable(htmlDecode) },
  ],
});

/** System.Collections.Specialized.NameValueCollection as HttpUtility.ParseQueryString returns it. */
class QueryCollection {
  readonly entries = new Map<string, { key: string; values: string[] }>();
  get(key: string): string | null {
    const e = this.entries.get(key.toLowerCase());
    return e ? e.values.join(',') : null;
  }
  add(key: string, value: string): void {
    const e = this.entries.get(key.toLowerCase());
    if (e) e.values.push(value);
    else this.entries.set(key.toLowerCase(), { key, values: [value] });
  }
  set(key: string, value: string): void {
    this.entries.set(key.toLowerCase(), { key, values: [value] });
  }
  keys(): string[] {
    return [...this.entries.values()].map((e) => e.key);
  }
}

const qc = (v: unknown) => v as QueryCollection;

registerType({
  fullName: 'System.Web.HttpUtility+HttpQSCollection',
  baseTypes: ['System.Collections.Specialized.NameValueCollection', 'System.Collections.Specialized.NameObjectCollectionBase'],
  interfaces: ['System.Collections.ICollection', 'System.Collections.IEnumerable'],
  jsClass: QueryCollection,
  properties: [
    { name: 'AllKeys', type: 'string[]', get: (v) => typedArray(qc(v).keys(), 'System.String') },
    { name: 'Count', type: 'int', get: (v) => qc(v).entries.size },
    { name: 'Keys', get: (v) => typedArray(qc(v).keys(), 'System.String') },
  ],
  methods: [
    { name: 'Add', invoke: (v, a) => void qc(v).add(arg.str(a, 0), arg.str(a, 1)) },
    { name: 'Set', invoke: (v, a) => void qc(v).set(arg.str(a, 0), arg.str(a, 1)) },
    { name: 'Get', invoke: (v, a) => (typeof a[0] === 'number' ? [...qc(v).entries.values()][a[0]]?.values.join(',') ?? null : qc(v).get(arg.str(a, 0))) },
    { name: 'GetValues', invoke: (v, a) => { const e = qc(v).entries.get(arg.str(a, 0).toLowerCase()); return e ? typedArray([...e.values], 'System.String') : null; } },
    { name: 'GetKey', invoke: (v, a) => qc(v).keys()[arg.int(a, 0)] ?? null },
    { name: 'Remove', invoke: (v, a) => void qc(v).entries.delete(arg.str(a, 0).toLowerCase()) },
    { name: 'Clear', invoke: (v) => void qc(v).entries.clear() },
  ],
  indexer: {
    get: (v: QueryCollection, key: unknown) => (typeof key === 'number' ? [...v.entries.values()][key]?.values.join(',') ?? null : v.get(toStr(key))),
    set: (v: QueryCollection, key: unknown, value: unknown) => v.set(toStr(key), toStr(value)),
  },
  enumerate: (v) => qc(v).keys(),
  toString: (v: QueryCollection) =>
    [...v.entries.values()].flatMap((e) => e.values.map((x) => `${formEncode(e.key, true)}=${formEncode(x, true)}`)).join('&'),
});

function parseQuery(s: string): QueryCollection {
  const q = new QueryCollection();
  for (const part of s.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const i = part.indexOf('=');
    q.add(unescape(i < 0 ? part : part.slice(0, i), true), i < 0 ? '' : unescape(part.slice(i + 1), true));
  }
  return q;
}

registerType({
  fullName: 'System.Web.HttpUtility',
  staticMethods: [
    { name: 'UrlEncode', invoke: nullable((s) => formEncode(s, true)) },
    { name: 'UrlDecode', invoke: nullable((s) => unescape(s, true)) },
    { name: 'UrlPathEncode', invoke: nullable((s) => encodeURI(s)) },
    { name: 'HtmlEncode', invoke: nullable(htmlEncode) },
    { name: 'HtmlDecode', invoke: nullable(htmlDecode) },
    { name: 'HtmlAttributeEncode', invoke: nullable((s) => s.replace(/[<&"']/g, (c) => HTML_ESCAPES[c])) },
    { name: 'ParseQueryString', invoke: (a) => { if (nn(a[0]) === null) throw argumentNull('query'); return parseQuery(arg.str(a, 0)); } },
    { name: 'JavaScriptStringEncode', invoke: nullable((s) => JSON.stringify(s).slice(1, -1).replace(/'/g, '\\u0027').replace(/</g, '\\u003c').replace(/>/g, '\\u003e')) },
  ],
});
