// Character classes of PowerShell's tokens as one lookup table, for the grammar's plain-code scanners: a run of name
// or bareword characters costs a table load per character instead of a regular-expression test (or a call).

/** Bits of CHAR_CLASSES: each is one character class of the grammar. */
export const CharClass = {
  /** [0-9] */
  Digit: 1 << 0,
  /** [0-9a-fA-F] */
  HexDigit: 1 << 1,
  /** [01] */
  BinaryDigit: 1 << 2,
  /** [A-Za-z0-9_?\u00c0-\u2017\u201f-\uffff], a variable name */
  Name: 1 << 3,
  /** [A-Za-z_\u00c0-\u2017\u201f-\uffff] */
  IdentifierStart: 1 << 4,
  /** [A-Za-z0-9_\u00c0-\u2017\u201f-\uffff] */
  Identifier: 1 << 5,
  /** [A-Za-z0-9_.`+\u00c0-\u2017\u201f-\uffff], after the first character of a type name */
  TypeName: 1 << 6,
  /** [^ \t\r\n;,|&(){}$`"'\u2018-\u201e], a bareword's plain characters */
  BarePlain: 1 << 7,
  /** [^ \t\r\n;,|&(){}$`"'<>\u2018-\u201e], a function name */
  GenericToken: 1 << 8,
  /** [A-Za-z_?\u00c0-\u2017\u201f-\uffff] */
  ParameterStart: 1 << 9,
  /** [^ \t\r\n:;,|&(){}"'`\u2018-\u201e] */
  Parameter: 1 << 10,
  /** [^"`$\u201c\u201d\u201e], text of a double-quoted string */
  Expandable: 1 << 11,
  /** [^'\u2018\u2019\u201a\u201b], text of a single-quoted string */
  Verbatim: 1 << 12,
} as const;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function classesOf(c: number): number {
  const digit = c >= 48 && c <= 57;
  const letter = isAsciiLetter(c);
  // Smart quotes are punctuation (quotes), not the letters every other code unit from U+00C0 counts as.
  const high = c >= 0xc0 && !(c >= 0x2018 && c <= 0x201e);
  let bits = 0;
  if (digit) bits |= CharClass.Digit;
  if (digit || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) bits |= CharClass.HexDigit;
  if (c === 48 || c === 49) bits |= CharClass.BinaryDigit;
  if (letter || digit || c === 95 || c === 63 || high) bits |= CharClass.Name;
  if (letter || c === 95 || high) bits |= CharClass.IdentifierStart;
  if (letter || digit || c === 95 || high) bits |= CharClass.Identifier;
  if (letter || digit || c === 95 || c === 46 || c === 96 || c === 43 || high) bits |= CharClass.TypeName;
  if (letter || c === 95 || c === 63 || high) bits |= CharClass.ParameterStart;
  const smartQuote = c >= 0xc0 && !high;
  const argumentDelimiter = ' \t\r\n;,|&(){}`"\''.includes(String.fromCharCode(c)) || smartQuote;
  if (!argumentDelimiter && c !== 36) bits |= CharClass.BarePlain;
  if (!argumentDelimiter && c !== 36 && c !== 60 && c !== 62) bits |= CharClass.GenericToken;
  if (!argumentDelimiter && c !== 58) bits |= CharClass.Parameter;
  if (c !== 34 && c !== 96 && c !== 36 && !(c >= 0x201c && c <= 0x201e)) bits |= CharClass.Expandable;
  if (c !== 39 && !(c >= 0x2018 && c <= 0x201b)) bits |= CharClass.Verbatim;
  return bits;
}

/** First and last of the smart quotes, the only code units from U+00C0 up whose classes differ. */
const SMART_QUOTES = [0x2018, 0x201e] as const;

/** The classes of every UTF-16 code unit (peggy's classes test code units too). Built at start-up, so only the code
 * units below U+00C0 and the smart quotes are classified one by one; all others share U+00C0's classes. */
export const CHAR_CLASSES: Uint16Array = (() => {
  const table = new Uint16Array(0x10000).fill(classesOf(0xc0));
  for (let c = 0; c < 0xc0; c++) table[c] = classesOf(c);
  for (let c = SMART_QUOTES[0]; c <= SMART_QUOTES[1]; c++) table[c] = classesOf(c);
  return table;
})();

/** Where a run of `charClass` characters starting at `pos` ends (the end of the text ends it too). */
export function runEnd(text: string, pos: number, charClass: number): number {
  while (pos < text.length && (CHAR_CLASSES[text.charCodeAt(pos)] & charClass) !== 0) pos++;
  return pos;
}

/** Whether the code unit at `pos` (none past the end) is of `charClass`. */
export function isAt(text: string, pos: number, charClass: number): boolean {
  return pos < text.length && (CHAR_CLASSES[text.charCodeAt(pos)] & charClass) !== 0;
}
