// How many console cells a string occupies, as pwsh's DisplayCells counts them: East Asian wide characters take two
// cells, ANSI escape sequences none. Table and list layout measure every string through here.

const ESC = '\u001b';

/** Cells taken by one UTF-16 code unit (pwsh measures per char, so a surrogate pair counts 1 + 1). */
export function charCells(code: number): number {
  if (code < 0x1100) return 1;
  const wide =
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6);
  return wide ? 2 : 1;
}

/** Length of the escape sequence starting at `index` (0 when there is none). */
function escapeLength(s: string, index: number): number {
  if (s[index] !== ESC) return 0;
  if (s[index + 1] !== '[') return s.length > index + 1 ? 2 : 1;
  let end = index + 2;
  while (end < s.length) {
    const code = s.charCodeAt(end);
    if (code >= 0x40 && code <= 0x7e) return end - index + 1;
    end++;
  }
  return end - index;
}

/** Display cells of `s` from `offset` on. */
export function displayLength(s: string, offset = 0): number {
  let cells = 0;
  for (let i = offset; i < s.length; i++) {
    const skip = escapeLength(s, i);
    if (skip > 0) {
      i += skip - 1;
      continue;
    }
    cells += charCells(s.charCodeAt(i));
  }
  return cells;
}

/** How many characters from `offset` fit in `cells` display cells. */
export function headSplitLength(s: string, cells: number, offset = 0): number {
  let used = 0;
  let i = offset;
  while (i < s.length) {
    const skip = escapeLength(s, i);
    if (skip > 0) {
      i += skip;
      continue;
    }
    const w = charCells(s.charCodeAt(i));
    if (used + w > cells) break;
    used += w;
    i++;
  }
  return i - offset;
}

/** The start index of the longest tail of `s` that fits in `cells` display cells. */
export function tailStart(s: string, cells: number): number {
  let used = 0;
  let i = s.length;
  while (i > 0) {
    const w = charCells(s.charCodeAt(i - 1));
    if (used + w > cells) break;
    used += w;
    i--;
  }
  return i;
}

export function spaces(count: number): string {
  return count > 0 ? ' '.repeat(count) : '';
}
