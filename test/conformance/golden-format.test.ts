// The golden format must round-trip every stream exactly: blank lines, trailing spaces, a missing final newline.
const lib = require('./lib/cases.js');
const { lineDiff } = require('./lib/line-diff.js');

describe('golden format', () => {
  test.each([
    ['empty streams', { exitCode: 0, stdout: '', stderr: '' }],
    ['blank lines and trailing spaces', { exitCode: 0, stdout: '\nName \n----\n\n', stderr: '' }],
    ['no final newline', { exitCode: 3, stdout: 'User: ', stderr: 'x\n' }],
    ['a lone newline', { exitCode: 1, stdout: '\n', stderr: 'a\r\nb' }],
    ['lines that look like markers', { exitCode: 0, stdout: 'stderr:\n\\ No newline at end\n', stderr: 'exit: 0\n' }],
  ])('%s round-trips', (_name, outcome) => {
    expect(lib.decodeGolden(lib.encodeGolden(outcome))).toEqual(outcome);
  });

  test('is line-oriented and marks a missing final newline', () => {
    expect(lib.encodeGolden({ exitCode: 1, stdout: 'a\n\nb', stderr: '' })).toBe(
      '# Recorded from pwsh 7.6.9 by scripts/record-conformance. Never edit by hand.\n' +
        'exit: 1\nstdout:\n|a\n|\n|b\n\\ No newline at end\nstderr:\n',
    );
  });

  test('rejects a golden that was not written by the recorder', () => {
    expect(() => lib.decodeGolden('exit: 0\nstdout:\nstderr:\n')).toThrow('recorder header');
  });
});

describe('line diff', () => {
  test('shows removed and added lines with context', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('--- expected (pwsh)\n+++ actual (psnode)\n a\n-b\n+B\n c');
  });
});
