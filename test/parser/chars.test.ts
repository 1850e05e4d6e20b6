import { CHAR_CLASSES, CharClass } from '../../src/parser/chars';

// The table is filled in ranges at start-up; these are the grammar's character classes it stands for.
const CLASS_PATTERNS: Array<[number, RegExp]> = [
  [CharClass.Digit, /[0-9]/],
  [CharClass.HexDigit, /[0-9a-fA-F]/],
  [CharClass.BinaryDigit, /[01]/],
  [CharClass.Name, /[A-Za-z0-9_?\u00c0-\u2017\u201f-\uffff]/],
  [CharClass.IdentifierStart, /[A-Za-z_\u00c0-\u2017\u201f-\uffff]/],
  [CharClass.Identifier, /[A-Za-z0-9_\u00c0-\u2017\u201f-\uffff]/],
  [CharClass.TypeName, /[A-Za-z0-9_.`+\u00c0-\u2017\u201f-\uffff]/],
  [CharClass.BarePlain, /[^ \t\r\n;,|&(){}$`"'\u2018-\u201e]/],
  [CharClass.GenericToken, /[^ \t\r\n;,|&(){}$`"'<>\u2018-\u201e]/],
  [CharClass.ParameterStart, /[A-Za-z_?\u00c0-\u2017\u201f-\uffff]/],
  [CharClass.Parameter, /[^ \t\r\n:;,|&(){}"'`\u2018-\u201e]/],
  [CharClass.Expandable, /[^"`$\u201c\u201d\u201e]/],
  [CharClass.Verbatim, /[^'\u2018\u2019\u201a\u201b]/],
];

test('every UTF-16 code unit is in exactly the classes the grammar names', () => {
  const wrong: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const [bit, pattern] of CLASS_PATTERNS) {
      if (((CHAR_CLASSES[c] & bit) !== 0) !== pattern.test(ch)) wrong.push(`U+${c.toString(16)} ${pattern}`);
    }
  }
  expect(wrong.slice(0, 5)).toEqual([]);
});
