// Out-Default over runtime values, against text captured from pwsh 7.6.9 (`pwsh -NoProfile -File`, NO_COLOR,
// no terminal: 79 usable columns, invariant culture). The pwsh script of each case is in its title or comment.

import { Decimal, DoubleBox, PSObject, ScriptBlock, TypedNumber } from '../../src/runtime/values';
import { registerViews } from '../../src/format/views';
import { OutputPipeline } from '../../src/format/output-pipeline';
import { PLAIN } from '../../src/format/style';
import { obj, render } from './helpers';

describe('tables built from properties', () => {
  test('[pscustomobject]@{a=123;b="abc"}', () => {
    expect(render([obj(['a', 123], ['b', 'abc'])])).toBe('\n  a b\n  - -\n123 abc\n\n');
  });

  test('floating-point cells use two decimals: @{a=1.5;b=[double]2;c=1e20;d=[single]1.25}', () => {
    const value = obj(['a', 1.5], ['b', new DoubleBox(2)], ['c', 1e20], ['d', new TypedNumber('System.Single', 1.25)]);
    expect(render([value])).toBe(
      '\n   a    b                        c    d\n   -    -                        -    -\n1.50 2.00 100000000000000000000.00 1.25\n\n',
    );
  });

  test('ties round to even, decimals away from zero: @{a=12345678.125; b=-0.005; c=[decimal]0.125}', () => {
    const value = obj(['a', 12345678.125], ['b', -0.005], ['c', Decimal.parse('0.125')]);
    expect(render([value])).toBe('\n          a     b    c\n          -     -    -\n12345678.12 -0.01 0.13\n\n');
  });

  test('later objects fill the first object\'s columns; widths come from every cached row', () => {
    // [pscustomobject]@{a="abc";b=1}; [pscustomobject]@{a="abcdef";c=1}
    expect(render([obj(['a', 'abc'], ['b', 1]), obj(['a', 'abcdef'], ['c', 1])])).toBe(
      '\na      b\n-      -\nabc    1\nabcdef  \n\n',
    );
  });

  test('scalars in the middle of a table are written in order, with no blank lines', () => {
    // [pscustomobject]@{a="abc";b=1}; 'hello'; 5; [pscustomobject]@{a="abcdef";c=1}
    expect(render([obj(['a', 'abc'], ['b', 1]), 'hello', 5, obj(['a', 'abcdef'], ['c', 1])])).toBe(
      '\na      b\n-      -\nabc    1\nhello\n5\nabcdef  \n\n',
    );
  });

  test('after 300 ms the header is fixed and wider values are cut', () => {
    // row; Start-Sleep -Milliseconds 500; row; row (the header includes the row that ended the wait)
    const times = [0, 0, 500, 501, 502, 503];
    let i = 0;
    const now = () => times[Math.min(i++, times.length - 1)];
    const rows = [obj(['a', 1], ['b', 2]), obj(['a', 333333], ['b', 4]), obj(['a', 55555555555n], ['b', 4])];
    expect(render(rows, { now })).toBe('\n     a b\n     - -\n     1 2\n333333 4\n\u202655555 4\n\n');
  });

  test('nested values: custom objects, dictionaries and arrays in cells', () => {
    // [pscustomobject]@{a=[pscustomobject]@{x=1;y='s'};c=(1,@(2,3))}
    expect(render([obj(['a', obj(['x', 1], ['y', 's'])], ['c', [1, [2, 3]]])])).toBe(
      '\na           c\n-           -\n@{x=1; y=s} {1, 2 3}\n\n',
    );
  });

  test('a table built from properties shows at most 10 columns', () => {
    const entries: Array<[string, unknown]> = Array.from({ length: 12 }, (_, k) => [`a${k + 1}`, k + 1]);
    expect(render([obj(...entries)], { request: { shape: 'table' } })).toBe(
      '\na1 a2 a3 a4 a5 a6 a7 a8 a9 a10\n-- -- -- -- -- -- -- -- -- ---\n 1  2  3  4  5  6  7  8  9  10\n\n',
    );
  });
});

describe('lists', () => {
  const five = () => obj(['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5]);

  test('five properties make a list; each entry ends with a blank line and the list adds none at the end', () => {
    expect(render([five(), 'str', five()])).toBe(
      '\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\nstr\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\n',
    );
  });

  test('each object lists its own properties', () => {
    expect(render([five(), obj(['x', 1])])).toBe('\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\nx : 1\n\n');
  });

  test('empty values, collections and the enumeration limit', () => {
    // [pscustomobject]@{a=$null;bb='';c=@();d=@(1,2,3,4,5)} | fl
    const value = obj(['a', null], ['bb', ''], ['c', []], ['d', [1, 2, 3, 4, 5]]);
    expect(render([value], { request: { shape: 'list' } })).toBe('\na  : \nbb : \nc  : {}\nd  : {1, 2, 3, 4\u2026}\n\n');
  });

  test('$FormatEnumerationLimit is read from global scope', () => {
    const variables = (limit: unknown) => ({ getVariable: (name: string) => (name === 'global:FormatEnumerationLimit' ? limit : null) });
    const value = () => obj(['a', [1, 2, 3, 4, 5, 6]]);
    expect(render([value()], { variables: variables(2) })).toBe('\na\n-\n{1, 2\u2026}\n\n');
    expect(render([value()], { variables: variables(-1) })).toBe('\na\n-\n{1, 2, 3, 4, 5, 6}\n\n');
  });

  test('the limit is read once per formatting command', () => {
    // [pscustomobject]@{a=1..6}; $global:FormatEnumerationLimit = 1; [pscustomobject]@{a=1..6}
    let limit = 4;
    const variables = { getVariable: (name: string) => (name === 'global:FormatEnumerationLimit' ? limit : null) };
    const lines: string[] = [];
    const pipeline = new OutputPipeline({ sink: { writeLine: (t) => lines.push(t), writeErrorLine: () => undefined }, columns: 79, windowWidth: 80, wordWrap: false, style: PLAIN, variables });
    pipeline.process(obj(['a', [1, 2, 3, 4, 5, 6]]));
    limit = 1;
    pipeline.process(obj(['a', [1, 2, 3, 4, 5, 6]]));
    pipeline.end();
    expect(lines).toEqual(['', 'a', '-', '{1, 2, 3, 4\u2026}', '{1, 2, 3, 4\u2026}', '']);
  });

  test('collection items: $null, booleans, custom objects', () => {
    // [pscustomobject]@{a=@([pscustomobject]@{x=1}, $null, $true, 1.5)}
    expect(render([obj(['a', [obj(['x', 1]), null, true, 1.5]])])).toBe('\na\n-\n{@{x=1}, $null, True, 1.5}\n\n');
  });
});

describe('blank lines, views and out-of-band objects', () => {
  test('an object with no properties prints nothing', () => {
    expect(render([obj()])).toBe('');
  });

  test('scalars print their text alone: 1, [pscustomobject]@{a=1}, "x", [pscustomobject]@{a=2}', () => {
    expect(render([1, obj(['a', 1]), 'x', obj(['a', 2])])).toBe('1\n\na\n-\n1\nx\n2\n\n');
  });

  test('a collection reaching Out-Default is shown item by item', () => {
    expect(render([[1, 'a', 2.5]])).toBe('1\na\n2.5\n');
  });

  test('a type view fixes the shape; another type goes out-of-band as a list', () => {
    registerViews({ kind: 'table', name: 'Test', typeNames: ['Test.Widget'], columns: [{ property: 'Name', width: 30 }, { property: 'Value' }] });
    const widget = new PSObject(undefined, ['Test.Widget', 'System.Object']);
    widget.setNote('Name', 'x');
    widget.setNote('Value', 1);
    // @{x=1}; [pscustomobject]@{a=3;b=4}  (the Dictionary view has the same shape)
    expect(render([widget, obj(['a', 3], ['b', 4])])).toBe(
      '\nName                           Value\n----                           -----\nx                              1\n\na : 3\nb : 4\n\n\n',
    );
  });

  test('Format-Table -GroupBy: a blank line, the group header and the table header for each group', () => {
    const rows = [obj(['a', 1], ['b', 2]), obj(['a', 1], ['b', 3]), obj(['a', 2], ['b', 4])];
    expect(render(rows, { request: { shape: 'table', groupBy: 'a' } })).toBe(
      '\n   a: 1\n\na b\n- -\n1 2\n1 3\n\n   a: 2\n\na b\n- -\n2 4\n\n',
    );
  });

  test('a view may give its group header its own text (FileSystem: "    Directory: /path")', () => {
    registerViews({
      kind: 'table',
      name: 'TestFiles',
      typeNames: ['Test.File'],
      groupBy: { label: 'PSParentPath', property: 'Parent', header: (value) => `    Directory: ${value}` },
      columns: [{ property: 'Name' }],
    });
    const file = (name: string) => {
      const o = new PSObject(undefined, ['Test.File', 'System.Object']);
      o.setNote('Parent', '/tmp/fmt/d');
      o.setNote('Name', name);
      return o;
    };
    expect(render([file('sub'), file('a.txt')])).toBe('\n    Directory: /tmp/fmt/d\n\nName\n----\nsub\na.txt\n\n');
  });

  test('Format-List -GroupBy', () => {
    const rows = [obj(['a', 1], ['b', 2]), obj(['a', 2], ['b', 4])];
    expect(render(rows, { request: { shape: 'list', groupBy: 'a' } })).toBe(
      '\n   a: 1\n\na : 1\nb : 2\n\n\n   a: 2\n\na : 2\nb : 4\n\n',
    );
  });

  test('a long group header wraps at the screen width', () => {
    const row = obj(['a', 'x'.repeat(100)], ['b', 1]);
    expect(render([row], { request: { shape: 'table', groupBy: 'a' } })).toBe(
      `\n   a: ${'x'.repeat(73)}\n${'x'.repeat(27)}\n\na\n-${' '.repeat(78)}\n${'x'.repeat(78)}\u2026\n\n`,
    );
  });

  test('Format-Table -HideTableHeaders and -Wrap', () => {
    expect(render([obj(['a', 'abc'], ['b', 1])], { request: { shape: 'table', hideTableHeaders: true } })).toBe('\nabc 1\n\n');
  });

  test('Format-Wide: two columns by default', () => {
    const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((n) => obj(['Name', n]));
    expect(render(names, { request: { shape: 'wide' } })).toBe(
      `\nalpha${' '.repeat(35)}beta\ngamma${' '.repeat(35)}delta\nepsilon${' '.repeat(33)}\n\n`,
    );
  });

  test('Format-Wide -Column 3 and -AutoSize', () => {
    const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((n) => obj(['Name', n]));
    expect(render(names, { request: { shape: 'wide', columns: 3 } })).toBe(
      `\nalpha${' '.repeat(22)}beta${' '.repeat(23)}gamma\ndelta${' '.repeat(22)}epsilon${' '.repeat(20)}\n\n`,
    );
    expect(render(names, { request: { shape: 'wide', columns: 0 } })).toBe(
      `\nalpha    beta     gamma    delta    epsilon${' '.repeat(29)}\n\n`,
    );
  });

  test('Format-Table -Property with a missing property leaves the cell empty', () => {
    // [pscustomobject]@{a=1},[pscustomobject]@{b=2} | ft a, b
    expect(render([obj(['a', 1]), obj(['b', 2])], { request: { shape: 'table', properties: ['a', 'b'] } })).toBe(
      '\na b\n- -\n1 \n  2\n\n',
    );
  });

  test('Format-List -Property * and a chosen order', () => {
    const value = obj(['a', 1], ['bb', 2], ['c', 3]);
    expect(render([value], { request: { shape: 'list', properties: ['*'] } })).toBe('\na  : 1\nbb : 2\nc  : 3\n\n');
    expect(render([value], { request: { shape: 'list', properties: ['c', 'a'] } })).toBe('\nc : 3\na : 1\n\n');
  });
});

test('an object without properties prints its ToString() wherever it comes: New-Object System.Object', () => {
  // New-Object System.Object; "--"; [pscustomobject]@{a=1}; New-Object System.Object; "--"
  const plain = Object.create({ toString: () => 'System.Object' });
  expect(render([plain, '--', obj(['a', 1]), plain, '--'])).toBe('System.Object\n--\n\na\n-\n1\nSystem.Object\n--\n\n');
});

test('a script block prints its text with no blank lines: { 2 }; [pscustomobject]@{a=1}', () => {
  const block = new ScriptBlock(' 2 ', undefined);
  expect(render([block, obj(['a', 1])])).toBe(' 2 \n\na\n-\n1\n\n');
});

test('a column expression that fails shows an empty cell instead of stopping the output', () => {
  const failing = { label: 'Bad', get: () => { throw new Error('boom'); } };
  expect(render([obj(['a', 1])], { request: { shape: 'table', properties: ['a', failing] } })).toBe('\na Bad\n- ---\n1 \n\n');
});
