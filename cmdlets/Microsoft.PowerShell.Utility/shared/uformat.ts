// Get-Date -UFormat: the Unix strftime-style specifiers pwsh supports, in the invariant culture.

import { DAY_NAMES, DateTime, MONTH_NAMES } from '../../../src/runtime/values';

const p2 = (n: number) => String(n).padStart(2, '0');

function isoWeek(d: DateTime): { week: number; year: number } {
  const date = new Date(Date.UTC(d.Year, d.Month - 1, d.Day));
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return { week, year };
}

function offsetHours(d: DateTime): string {
  const off = d.kind === 'Utc' ? 0 : -new Date(d.utcMs).getTimezoneOffset();
  return (off < 0 ? '-' : '+') + p2(Math.floor(Math.abs(off) / 60));
}

export function formatUFormat(d: DateTime, format: string): string {
  const hour12 = d.Hour % 12 || 12;
  const specifiers: Record<string, () => string> = {
    a: () => DAY_NAMES[d.DayOfWeek].slice(0, 3),
    A: () => DAY_NAMES[d.DayOfWeek],
    b: () => MONTH_NAMES[d.Month - 1].slice(0, 3),
    B: () => MONTH_NAMES[d.Month - 1],
    c: () => `${DAY_NAMES[d.DayOfWeek].slice(0, 3)} ${MONTH_NAMES[d.Month - 1].slice(0, 3)} ${String(d.Day).padStart(2, ' ')} ${p2(d.Hour)}:${p2(d.Minute)}:${p2(d.Second)} ${d.Year}`,
    C: () => p2(Math.floor(d.Year / 100)),
    d: () => p2(d.Day),
    D: () => `${p2(d.Month)}/${p2(d.Day)}/${p2(d.Year % 100)}`,
    e: () => String(d.Day).padStart(2, ' '),
    F: () => `${d.Year}-${p2(d.Month)}-${p2(d.Day)}`,
    g: () => p2(isoWeek(d).year % 100),
    G: () => String(isoWeek(d).year),
    h: () => MONTH_NAMES[d.Month - 1].slice(0, 3),
    H: () => p2(d.Hour),
    I: () => p2(hour12),
    j: () => String(d.DayOfYear).padStart(3, '0'),
    k: () => String(d.Hour).padStart(2, ' '),
    l: () => String(hour12).padStart(2, ' '),
    m: () => p2(d.Month),
    M: () => p2(d.Minute),
    n: () => '\n',
    p: () => (d.Hour < 12 ? 'AM' : 'PM'),
    r: () => `${p2(hour12)}:${p2(d.Minute)}:${p2(d.Second)} ${d.Hour < 12 ? 'AM' : 'PM'}`,
    R: () => `${p2(d.Hour)}:${p2(d.Minute)}`,
    s: () => String(Math.floor(d.toUniversal().wallMs / 1000)),
    S: () => p2(d.Second),
    t: () => '\t',
    T: () => `${p2(d.Hour)}:${p2(d.Minute)}:${p2(d.Second)}`,
    u: () => String(d.DayOfWeek === 0 ? 7 : d.DayOfWeek),
    U: () => p2(Math.floor((d.DayOfYear - 1 - d.DayOfWeek + 7) / 7)),
    V: () => p2(isoWeek(d).week),
    w: () => String(d.DayOfWeek),
    W: () => p2(Math.floor((d.DayOfYear - 1 - ((d.DayOfWeek + 6) % 7) + 7) / 7)),
    x: () => `${p2(d.Month)}/${p2(d.Day)}/${p2(d.Year % 100)}`,
    X: () => `${p2(d.Hour)}:${p2(d.Minute)}:${p2(d.Second)}`,
    y: () => p2(d.Year % 100),
    Y: () => String(d.Year),
    Z: () => offsetHours(d),
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (whole, c: string) => (specifiers[c] ? specifiers[c]() : c));
}
