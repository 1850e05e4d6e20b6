// System.DateTime and System.TimeSpan. A DateTime keeps epoch milliseconds plus the sub-millisecond ticks and a
// Kind; Local and Unspecified times are shown in the process time zone. Text forms follow the invariant culture
// (what pwsh uses on a Linux box without LANG culture): "01/05/2024 13:04:05" and "Friday, 05 January 2024 13:04:05".

export type DateTimeKind = 'Unspecified' | 'Utc' | 'Local';

const TICKS_PER_MS = 10000;
/** Ticks between 0001-01-01 and 1970-01-01. */
export const EPOCH_TICKS = 621355968000000000n;

export class DateTime {
  constructor(
    /** Milliseconds since 1970-01-01 of the wall-clock time (UTC fields hold the wall-clock time). */
    readonly wallMs: number,
    readonly kind: DateTimeKind = 'Local',
    /** Extra 100 ns ticks below the millisecond (0..9999). */
    readonly subTicks = 0,
  ) {}

  static now(): DateTime {
    const d = new Date();
    return new DateTime(d.getTime() - d.getTimezoneOffset() * 60000, 'Local');
  }
  static utcNow(): DateTime {
    return new DateTime(Date.now(), 'Utc');
  }
  static fromParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, kind: DateTimeKind = 'Unspecified'): DateTime {
    const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
    const dt = new Date(t);
    if (y < 100) dt.setUTCFullYear(y);
    return new DateTime(dt.getTime(), kind);
  }
  private get d(): Date {
    return new Date(this.wallMs);
  }
  get Year(): number { return this.d.getUTCFullYear(); }
  get Month(): number { return this.d.getUTCMonth() + 1; }
  get Day(): number { return this.d.getUTCDate(); }
  get Hour(): number { return this.d.getUTCHours(); }
  get Minute(): number { return this.d.getUTCMinutes(); }
  get Second(): number { return this.d.getUTCSeconds(); }
  get Millisecond(): number { return this.d.getUTCMilliseconds(); }
  get DayOfWeek(): number { return this.d.getUTCDay(); }
  get DayOfYear(): number {
    return Math.floor((this.wallMs - Date.UTC(this.Year, 0, 1)) / 86400000) + 1;
  }
  get ticks(): bigint {
    return EPOCH_TICKS + BigInt(Math.floor(this.wallMs)) * BigInt(TICKS_PER_MS) + BigInt(this.subTicks);
  }
  /** Instant in UTC epoch ms (for comparing Local with Utc). */
  get utcMs(): number {
    if (this.kind === 'Utc') return this.wallMs;
    const guess = new Date(this.wallMs);
    return this.wallMs + guess.getTimezoneOffset() * 60000;
  }
  addMs(ms: number): DateTime {
    return new DateTime(this.wallMs + ms, this.kind, this.subTicks);
  }
  toUniversal(): DateTime {
    return this.kind === 'Utc' ? this : new DateTime(this.utcMs, 'Utc', this.subTicks);
  }
  toLocal(): DateTime {
    if (this.kind === 'Local') return this;
    const off = new Date(this.wallMs).getTimezoneOffset();
    return new DateTime(this.wallMs - off * 60000, 'Local', this.subTicks);
  }
  /** The invariant culture's "G" text (what string conversion and "$date" use). */
  toInvariantString(): string {
    return `${p2(this.Month)}/${p2(this.Day)}/${p4(this.Year)} ${p2(this.Hour)}:${p2(this.Minute)}:${p2(this.Second)}`;
  }
  /** ToString(): the current culture's "G" text (en-US: 1/5/2024 1:04:05 PM). */
  toString(): string {
    if (currentCulture().name !== 'en-US') return this.toInvariantString();
    const h12 = this.Hour % 12 || 12;
    return `${this.Month}/${this.Day}/${this.Year} ${h12}:${p2(this.Minute)}:${p2(this.Second)}\u202F${this.Hour < 12 ? 'AM' : 'PM'}`;
  }
}

/** Date patterns of the process culture: en-US when LANG/LC_ALL say so, else the invariant culture (pwsh's rule). */
export interface CultureInfo {
  name: 'en-US' | '';
  patterns: Record<string, string>;
}

const INVARIANT: CultureInfo = {
  name: '',
  patterns: { d: 'MM/dd/yyyy', D: 'dddd, dd MMMM yyyy', t: 'HH:mm', T: 'HH:mm:ss', M: 'MMMM dd', Y: 'yyyy MMMM' },
};
const EN_US: CultureInfo = {
  name: 'en-US',
  // .NET on ICU puts a narrow no-break space (U+202F) between the time and AM/PM.
  patterns: { d: 'M/d/yyyy', D: 'dddd, MMMM d, yyyy', t: 'h:mm\u202Ftt', T: 'h:mm:ss\u202Ftt', M: 'MMMM d', Y: 'MMMM yyyy' },
};

let culture: CultureInfo | undefined;
export function currentCulture(): CultureInfo {
  if (!culture) {
    const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
    culture = /^en_US/i.test(lang) ? EN_US : INVARIANT;
  }
  return culture;
}

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function p2(n: number): string {
  return String(n).padStart(2, '0');
}
function p4(n: number): string {
  return String(n).padStart(4, '0');
}

/** System.TimeSpan in 100 ns ticks. */
export class TimeSpan {
  constructor(readonly ticks: number) {}
  static fromParts(days: number, hours: number, minutes: number, seconds: number, ms = 0): TimeSpan {
    return new TimeSpan((((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1e7 + ms * 1e4);
  }
  get Days(): number { return Math.trunc(this.ticks / 864e9); }
  get Hours(): number { return Math.trunc(this.ticks / 36e9) % 24; }
  get Minutes(): number { return Math.trunc(this.ticks / 6e8) % 60; }
  get Seconds(): number { return Math.trunc(this.ticks / 1e7) % 60; }
  get Milliseconds(): number { return Math.trunc(this.ticks / 1e4) % 1000; }
  get TotalDays(): number { return this.ticks / 864e9; }
  get TotalHours(): number { return this.ticks / 36e9; }
  get TotalMinutes(): number { return this.ticks / 6e8; }
  get TotalSeconds(): number { return this.ticks / 1e7; }
  get TotalMilliseconds(): number { return this.ticks / 1e4; }
  /** "c" format: [-][d.]hh:mm:ss[.fffffff] */
  toString(): string {
    const neg = this.ticks < 0;
    const t = Math.abs(this.ticks);
    const days = Math.trunc(t / 864e9);
    const h = Math.trunc(t / 36e9) % 24;
    const m = Math.trunc(t / 6e8) % 60;
    const s = Math.trunc(t / 1e7) % 60;
    const frac = t % 1e7;
    return `${neg ? '-' : ''}${days ? days + '.' : ''}${p2(h)}:${p2(m)}:${p2(s)}${frac ? '.' + String(frac).padStart(7, '0') : ''}`;
  }
}
