// Table and list layout against text captured from pwsh 7.6.9 (79 usable columns, invariant culture unless noted).

import { TableWriter, type Alignment } from '../../src/format/layout/table-writer';
import { listEntryLines } from '../../src/format/layout/list-writer';
import { calculateColumnWidths } from '../../src/format/layout/column-widths';
import { displayLength } from '../../src/format/text/display-cells';
import { generateLines } from '../../src/format/text/line-breaking';

/** A table sized like Out-Default sizes auto columns: each column as wide as its label and widest value. */
function table(labels: string[], rows: string[][], alignments: Alignment[], wrap = false, wordWrap = false): string {
  const widths = labels.map((l, k) => Math.max(displayLength(l), ...rows.map((r) => displayLength(r[k]))));
  const writer = new TableWriter({ widths, alignments, screenWidth: 79, wordWrap });
  return ['', ...writer.header(labels), ...rows.flatMap((r) => writer.row(r, wrap)), ''].join('\n') + '\n';
}

describe('table writer', () => {
  test('right-aligned numbers align their header and dashes too', () => {
    expect(table(['a', 'b'], [['123', 'abc']], ['right', 'left'])).toBe('\n  a b\n  - -\n123 abc\n\n');
  });

  test('a cell is cut at its first newline and sized by its full text', () => {
    const value = 'This\nIs some random\nmultiline content';
    expect(table(['a', 'b'], [[value, '1']], ['left', 'right'])).toBe(
      '\na                                     b\n-                                     -\nThis\u2026                                 1\n\n',
    );
  });

  test('-Wrap puts each line of a cell on its own row line and trims the last column', () => {
    const value = 'This\nIs some random\nmultiline content';
    expect(table(['a', 'b'], [[value, '1']], ['left', 'right'], true)).toBe(
      '\na                                     b\n-                                     -\nThis                                  1\nIs some random\nmultiline content\n\n',
    );
  });

  test('a column too wide for the screen hides the next ones; the dash line keeps its padding', () => {
    expect(table(['a', 'b'], [['word '.repeat(30), 'z']], ['left', 'left'], true)).toBe(
      '\na\n-' + ' '.repeat(78) + '\n' +
        'word '.repeat(15) + 'word\n' + ' word'.repeat(14) + '\n\n',
    );
  });

  test('wrapping a last column keeps the earlier columns blank on continuation lines', () => {
    const out = table(['b', 'a'], [['z', 'word '.repeat(30)]], ['left', 'left'], true);
    expect(out).toBe(
      '\nb a\n- -\nz ' + 'word '.repeat(15) + 'wo\n  rd' + ' word'.repeat(14) + '\n\n',
    );
  });

  test('with word wrap (en culture) lines break between words', () => {
    expect(table(['a', 'b'], [['word '.repeat(30), 'z']], ['left', 'left'], true, true)).toBe(
      '\na\n-' + ' '.repeat(78) + '\n' + ('word '.repeat(14) + 'word\n').repeat(2) + '\n',
    );
  });

  test('the last visible column shrinks and is cut with an ellipsis', () => {
    const x = 'x'.repeat(40);
    const y = 'y'.repeat(40);
    expect(table(['a', 'b', 'c'], [[x, y, 'z'.repeat(40)]], ['left', 'left', 'left'])).toBe(
      `\na${' '.repeat(40)}b\n-${' '.repeat(40)}-${' '.repeat(37)}\n${x} ${'y'.repeat(37)}\u2026\n\n`,
    );
  });

  test('a right-aligned value keeps its tail behind the ellipsis', () => {
    expect(table(['a', 'b'], [['x'.repeat(70), '1234567890123']], ['left', 'right'])).toBe(
      `\na${' '.repeat(77)}b\n-${' '.repeat(77)}-\n${'x'.repeat(70)} \u20267890123\n\n`,
    );
  });

  test('East Asian characters take two cells', () => {
    expect(table(['a', 'b'], [['日本語', 'x']], ['left', 'left'])).toBe('\na      b\n-      -\n日本語 x\n\n');
  });

  test('an empty last cell leaves the padding of the cells before it', () => {
    expect(table(['a', 'b'], [['abc', '']], ['left', 'left'])).toBe('\na   b\n-   -\nabc \n\n');
    expect(table(['longlabelname', 'b'], [['1', '']], ['right', 'left'])).toBe(
      '\nlonglabelname b\n------------- -\n            1 \n\n',
    );
  });

  test('hidden headers print only rows', () => {
    const writer = new TableWriter({ widths: [3, 1], alignments: ['left', 'right'], screenWidth: 79, hideHeader: true });
    expect(writer.header(['a', 'b'])).toEqual([]);
    expect(writer.row(['abc', '1'], false)).toEqual(['abc 1']);
  });

  test('header labels wrap when their column is narrower', () => {
    // ft @{l="Long Header";e={1};width=4}, @{l="Header2";e={2};width=7}, @{l="Header3";e={3};width=4}
    const writer = new TableWriter({ widths: [4, 7, 4], alignments: ['right', 'right', 'right'], screenWidth: 79 });
    expect([...writer.header(['Long Header', 'Header2', 'Header3']), ...writer.row(['1', '2', '3'], false)]).toEqual([
      'Long Header2 Head',
      ' Hea          er3',
      ' der',
      '---- ------- ----',
      '   1       2    3',
    ]);
  });

  test('header pieces are styled one by one (TableHeader on an ANSI host)', () => {
    const writer = new TableWriter({
      widths: [1, 2],
      alignments: ['left', 'right'],
      screenWidth: 79,
      headerStyle: (t) => `\u001b[32;1m${t}\u001b[0m`,
    });
    expect(writer.header(['a', 'bb'])).toEqual([
      '\u001b[32;1ma\u001b[0m\u001b[32;1m bb\u001b[0m',
      '\u001b[32;1m-\u001b[0m \u001b[32;1m--\u001b[0m',
    ]);
  });
});

describe('column widths', () => {
  test('open columns share the spare room round-robin', () => {
    expect(calculateColumnWidths([41, 20, 0], 79)).toEqual([41, 20, 16]);
    expect(calculateColumnWidths([0, 0], 79)).toEqual([39, 39]);
  });

  test('too wide: the last column shrinks, or is hidden when it cannot keep one character', () => {
    expect(calculateColumnWidths([40, 40, 40], 79)).toEqual([40, 38, -1]);
    expect(calculateColumnWidths([150, 1], 79)).toEqual([79, -1]);
  });
});

describe('list writer', () => {
  test('labels padded to the longest, empty values keep the trailing space', () => {
    expect(listEntryLines(['a', 'bb', 'c'], ['', '', '{}'], 79)).toEqual(['a  : ', 'bb : ', 'c  : {}']);
  });

  test('long values continue under the value column; embedded newlines start new lines', () => {
    const lines = listEntryLines(['a', 'e'], ['word '.repeat(30), 'l1\nl2'], 79);
    expect(lines).toEqual(['a : ' + 'word '.repeat(15), '    ' + 'word '.repeat(15), 'e : l1', '    l2']);
  });

  test('the label and separator carry the FormatAccent style', () => {
    expect(listEntryLines(['a', 'bb'], ['1', '2'], 79, false, { label: (t) => `\u001b[32;1m${t}\u001b[0m` })).toEqual([
      '\u001b[32;1ma  : \u001b[0m1',
      '\u001b[32;1mbb : \u001b[0m2',
    ]);
  });
});

describe('line breaking', () => {
  test('invariant culture cuts at the width', () => {
    expect(generateLines('abcdefgh', 3, 3, false)).toEqual(['abc', 'def', 'gh']);
  });

  test('word wrap keeps the delimiter with the word before it', () => {
    expect(generateLines('aa bb cc', 6, 6, true)).toEqual(['aa bb ', 'cc']);
  });
});
