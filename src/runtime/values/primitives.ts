// Small value classes: AutomationNull, char, SecureString, PSCredential, enums, Guid, Version, switch parameters.

/** "No output" (a pipeline that wrote nothing). Becomes $null when stored; unlike $null it is not enumerated. */
export const AutomationNull: unique symbol = Symbol('AutomationNull');
export type AutomationNullType = typeof AutomationNull;

export function isNull(v: unknown): boolean {
  return v === null || v === undefined || v === AutomationNull;
}

/** System.Char. */
export class PSChar {
  constructor(readonly code: number) {}
  toString(): string {
    return String.fromCharCode(this.code);
  }
}

/** System.Security.SecureString: the plain text is reachable only through revealSecureString(). */
export class SecureString {
  readonly #text: string;
  readOnly = false;
  constructor(text: string) {
    this.#text = text;
  }
  get Length(): number {
    return this.#text.length;
  }
  toString(): string {
    return 'System.Security.SecureString';
  }
  /** Keeps the secret out of util.inspect / console.log. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'System.Security.SecureString';
  }
  static reveal(s: SecureString): string {
    return s.#text;
  }
}

export function revealSecureString(s: SecureString): string {
  return SecureString.reveal(s);
}

/** System.Management.Automation.PSCredential. */
export class PSCredential {
  constructor(readonly UserName: string | null, readonly Password: SecureString | null) {}
  static readonly Empty = new PSCredential(null, null);
  toString(): string {
    return 'System.Management.Automation.PSCredential';
  }
}

/** A .NET enum value: the type's full name, the member name(s) and the numeric value. */
export class EnumValue {
  constructor(readonly typeName: string, readonly name: string, readonly value: number) {}
  toString(): string {
    return this.name;
  }
}

/** The member names whose bits make up a value (a member of that exact value alone), or undefined. */
export function flagNames(values: Record<string, number>, n: number): string | undefined {
  const names = Object.keys(values);
  const exact = names.find((k) => values[k] === n);
  if (exact !== undefined) return exact;
  const parts = names.filter((k) => values[k] !== 0 && (n & values[k]) === values[k]);
  return parts.reduce((acc, k) => acc | values[k], 0) === n ? parts.join(', ') : undefined;
}

/** System.Guid (text kept lower-case, "D" format). */
export class Guid {
  readonly value: string;
  constructor(text: string) {
    this.value = text.toLowerCase();
  }
  static readonly Empty = new Guid('00000000-0000-0000-0000-000000000000');
  static parse(text: string): Guid | undefined {
    const t = text.trim().replace(/^[{(]|[})]$/g, '');
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t)) return new Guid(t);
    if (/^[0-9a-f]{32}$/i.test(t))
      return new Guid(`${t.slice(0, 8)}-${t.slice(8, 12)}-${t.slice(12, 16)}-${t.slice(16, 20)}-${t.slice(20)}`);
    return undefined;
  }
  toString(): string {
    return this.value;
  }
}

/** System.Version (unset components are -1). */
export class Version {
  constructor(readonly Major: number, readonly Minor: number, readonly Build = -1, readonly Revision = -1) {}
  static parse(text: string): Version | undefined {
    const m = /^\s*(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(text);
    if (!m) return undefined;
    return new Version(Number(m[1]), Number(m[2]), m[3] === undefined ? -1 : Number(m[3]), m[4] === undefined ? -1 : Number(m[4]));
  }
  compare(o: Version): number {
    const a = [this.Major, this.Minor, this.Build, this.Revision];
    const b = [o.Major, o.Minor, o.Build, o.Revision];
    for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
  }
  toString(): string {
    let s = `${this.Major}.${this.Minor}`;
    if (this.Build >= 0) s += `.${this.Build}`;
    if (this.Revision >= 0) s += `.${this.Revision}`;
    return s;
  }
}

/** System.Management.Automation.SwitchParameter. */
export class SwitchParameter {
  constructor(readonly IsPresent: boolean) {}
  toString(): string {
    return this.IsPresent ? 'True' : 'False';
  }
}

/** System.Management.Automation.HostInformationMessage: what Write-Host puts on the information stream. */
export class HostInformationMessage {
  constructor(
    readonly Message: string,
    readonly NoNewLine: boolean,
    readonly ForegroundColor?: string,
    readonly BackgroundColor?: string,
  ) {}
  toString(): string {
    return this.Message;
  }
}
