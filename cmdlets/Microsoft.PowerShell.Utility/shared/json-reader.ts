// Parses JSON text into pwsh values as ConvertFrom-Json does: objects become PSCustomObjects (or ordered hashtables
// with -AsHashtable), integers Int64, other numbers Double, ISO-8601 date strings DateTime. Syntax errors carry
// Newtonsoft's message with its path, line and position, because that is what pwsh prints.

import { DateTime, Hashtable, PSObject, makeDouble } from '../../../src/runtime/values';
import { fmt } from '../../../src/runtime/messages';
import { UtilityMsg } from '../messages';

export class JsonSyntaxError extends Error {}
export class JsonDuplicateKeyError extends Error {}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$/;

function parseIsoDate(text: string): DateTime | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const fraction = (m[7] ?? '').padEnd(7, '0');
  const ms = Number(fraction.slice(0, 3));
  const base = DateTime.fromParts(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], ms, m[8] === 'Z' ? 'Utc' : 'Unspecified');
  const withTicks = new DateTime(base.wallMs, base.kind, Number(fraction.slice(3)));
  if (!m[8] || m[8] === 'Z') return withTicks;
  const sign = m[8][0] === '-' ? -1 : 1;
  const offsetMs = sign * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4))) * 60000;
  return new DateTime(withTicks.wallMs - offsetMs, 'Utc', withTicks.subTicks).toLocal();
}

class Reader {
  private pos = 0;
  private readonly path: string[] = [];
  constructor(private readonly text: string, private readonly asHashtable: boolean) {}

  private lineAndPosition(): [number, number] {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    return [line, this.pos - (before.lastIndexOf('\n') + 1)];
  }
  private fail(template: string, ...lead: unknown[]): never {
    const [line, position] = this.lineAndPosition();
    throw new JsonSyntaxError(fmt(template, ...lead, this.path.join('.'), line, position));
  }
  private skipWhitespace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  readDocument(): unknown {
    this.skipWhitespace();
    const value = this.readValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      const c = this.text[this.pos++];
      this.fail(UtilityMsg.JsonAdditionalText, c);
    }
    return value;
  }

  private readValue(): unknown {
    this.skipWhitespace();
    if (this.pos >= this.text.length) this.fail(UtilityMsg.JsonUnexpectedEndOfContent);
    const c = this.text[this.pos];
    if (c === '{') return this.readObject();
    if (c === '[') return this.readArray();
    if (c === '"') {
      const s = this.readString();
      return parseIsoDate(s) ?? s;
    }
    const literal = /^(true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos));
    if (!literal) {
      this.pos++;
      this.fail(UtilityMsg.JsonUnexpectedCharacter, c);
    }
    this.pos += literal[0].length;
    const t = literal[0];
    if (t === 'true') return true;
    if (t === 'false') return false;
    if (t === 'null') return null;
    if (/^-?\d+$/.test(t)) {
      const big = BigInt(t);
      return big >= -(2n ** 63n) && big < 2n ** 63n ? big : makeDouble(Number(t));
    }
    return makeDouble(Number(t));
  }

  private readString(): string {
    const start = this.pos;
    let i = this.pos + 1;
    while (i < this.text.length && this.text[i] !== '"') i += this.text[i] === '\\' ? 2 : 1;
    if (i >= this.text.length) {
      this.pos = this.text.length;
      this.fail(UtilityMsg.JsonUnterminated);
    }
    this.pos = i + 1;
    return JSON.parse(this.text.slice(start, i + 1)) as string;
  }

  /** Newtonsoft accepts identifier-like property names without quotes. */
  private readUnquotedName(): string {
    const name = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos))?.[0];
    if (!name) {
      this.pos++;
      this.fail(UtilityMsg.JsonUnexpectedCharacter, this.text[this.pos - 1]);
    }
    this.pos += name.length;
    if (this.pos >= this.text.length) this.fail(UtilityMsg.JsonUnexpectedEnd);
    return name;
  }

  private readObject(): unknown {
    this.pos++;
    const table = new Hashtable(true);
    const obj = new PSObject();
    const seen = new Map<string, string>();
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        break;
      }
      const key = this.text[this.pos] === '"' ? this.readString() : this.readUnquotedName();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') {
        if (this.pos >= this.text.length) this.fail(UtilityMsg.JsonUnexpectedEndOfContent);
        this.fail(UtilityMsg.JsonExpectedColon, this.text[this.pos]);
      }
      this.pos++;
      this.path.push(key);
      const value = this.readValue();
      this.path.pop();
      if (this.asHashtable) table.set(key, value);
      else {
        const existing = seen.get(key.toLowerCase());
        if (existing !== undefined && existing !== key) throw new JsonDuplicateKeyError(fmt(UtilityMsg.JsonDuplicateKeys, existing, key));
        seen.set(key.toLowerCase(), key);
        obj.setNote(key, value);
      }
      this.skipWhitespace();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      if (this.text[this.pos] === '}') {
        this.pos++;
        break;
      }
      this.fail(UtilityMsg.JsonUnexpectedEndOfContent);
    }
    return this.asHashtable ? table : obj;
  }

  private readArray(): unknown[] {
    this.pos++;
    const items: unknown[] = [];
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return items;
      }
      this.path.push(`[${items.length}]`);
      items.push(this.readValue());
      this.path.pop();
      this.skipWhitespace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] === ']') {
        this.pos++;
        return items;
      } else this.fail(UtilityMsg.JsonUnexpectedEndOfContent);
    }
  }
}

export function parseJson(text: string, asHashtable: boolean): unknown {
  return new Reader(text, asHashtable).readDocument();
}
