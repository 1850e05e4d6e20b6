// Out-Default wired to a host: layout in (buffer width - 1) columns, errors on the host's error channel in order
// with the output, warning/verbose/debug lines written at once.

import { DotNetException, ErrorRecord } from '../../src/runtime/values';
import type { HostOutput } from '../../src/runtime/command-types';
import { createOutDefault, outStringText, writeStreamRecord } from '../../src/format/out-default';
import { bufferWidth } from '../../src/format/host-settings';
import { useAnsi } from '../../src/format/style';
import { formatToLines } from '../../src/format/output-pipeline';
import { obj } from './helpers';

function fakeHost(width: number, supportsColor = false): HostOutput & { out: string; err: string[]; events: string[] } {
  const host = {
    out: '',
    err: [] as string[],
    events: [] as string[],
    width,
    supportsColor,
    nonInteractive: true,
    write(text: string) {
      host.out += text;
      host.events.push(`out:${text}`);
    },
    writeErrorLine(text: string) {
      host.err.push(text);
      host.events.push(`err:${text}`);
    },
  };
  return host;
}

test('with no terminal the buffer is 80 wide and tables use 79 columns', () => {
  expect(bufferWidth({ isTTY: false, columns: 200 })).toBe(80);
  expect(bufferWidth({ isTTY: true, columns: 120 })).toBe(120);
  const host = fakeHost(80);
  const out = createOutDefault({ host, env: {} });
  out.process(obj(['a', 'x'.repeat(150)]));
  out.end();
  expect(host.out).toBe(`\na\n-\n${'x'.repeat(78)}\u2026\n\n`);
});

test('a 120-column terminal lays out in 119 columns', () => {
  const host = fakeHost(120);
  const out = createOutDefault({ host, env: {} });
  out.process(obj(['a', 'x'.repeat(150)]));
  out.end();
  expect(host.out).toBe(`\na\n-\n${'x'.repeat(118)}\u2026\n\n`);
});

test('an error between rows is written in order, to the error channel', () => {
  // [pscustomobject]@{a=1;b=2}; Write-Error "boom"; [pscustomobject]@{a=3;b=4}   (pwsh -Command)
  const host = fakeHost(80);
  const out = createOutDefault({ host, env: {} });
  const err = new ErrorRecord(new DotNetException('Microsoft.PowerShell.Commands.WriteErrorException', 'boom'), 'x', 'NotSpecified', null);
  err.categoryInfo.activity = 'Write-Error';
  out.process(obj(['a', 1], ['b', 2]));
  out.process(err);
  out.process(obj(['a', 3], ['b', 4]));
  out.end();
  expect(host.events).toEqual(['out:\n', 'out:a b\n', 'out:- -\n', 'out:1 2\n', 'err:Write-Error: boom', 'out:3 4\n', 'out:\n']);
});

test('stream records are host lines with their prefix; colour only when the host supports it', () => {
  const plain = fakeHost(80);
  writeStreamRecord(plain, 'warning', 'ww');
  expect(plain.out).toBe('WARNING: ww\n');
  const tty = fakeHost(80, true);
  writeStreamRecord(tty, 'warning', 'ww');
  expect(tty.out).toBe('\u001b[33;1mWARNING: ww\u001b[0m\n');
});

test('ANSI only on a terminal, never with NO_COLOR or OutputRendering PlainText', () => {
  expect(useAnsi({ isTty: true, env: {} })).toBe(true);
  expect(useAnsi({ isTty: false, env: {} })).toBe(false);
  expect(useAnsi({ isTty: true, env: { NO_COLOR: '1' } })).toBe(false);
  expect(useAnsi({ isTty: true, env: {}, outputRendering: 'PlainText' })).toBe(false);
  expect(useAnsi({ isTty: false, env: {}, outputRendering: 'Ansi' })).toBe(true);
});

test('an ErrorRecord written as data goes to stdout with its closing blank line; stream errors to stderr', () => {
  // try { throw 'shown from catch' } catch { $_ }; 'after'     (pwsh -File, errors/049)
  const host = fakeHost(80);
  const out = createOutDefault({ host, env: {}, separateErrorStream: true });
  const exception = new DotNetException('System.Management.Automation.RuntimeException', 'shown from catch');
  exception.wasThrownFromThrowStatement = true;
  const err = new ErrorRecord(exception, 'shown from catch', 'OperationStopped', null);
  const lineText = "try { throw 'shown from catch' } catch { $_ }";
  err.invocationInfo = { commandName: '', scriptName: '/C/049.ps1', line: 1, column: 7, lineText, extentText: '', endLine: 1, endColumn: 31 };
  out.process(err);
  out.process('after');
  out.processError(err);
  out.end();
  expect(host.out).toBe(
    [
      'Exception: /C/049.ps1:1',
      'Line |',
      "   1 |  try { throw 'shown from catch' } catch { $_ }",
      '     |        ~~~~~~~~~~~~~~~~~~~~~~~~',
      '     | shown from catch',
      '',
      'after',
      '',
    ].join('\n'),
  );
  expect(host.err).toEqual([
    "Exception: /C/049.ps1:1\nLine |\n   1 |  try { throw 'shown from catch' } catch { $_ }\n     |        ~~~~~~~~~~~~~~~~~~~~~~~~\n     | shown from catch",
  ]);
});

test('outStringText: Out-String\'s text at a given width (pipeline/044: 1..3 | Out-String is 6 characters)', () => {
  expect(outStringText([1, 2, 3], { width: 80, env: {} })).toBe('1\n2\n3\n');
  expect(outStringText([obj(['A', 1])], { width: 80, env: {} })).toBe('\nA\n-\n1\n\n');
});

test('formatToLines needs only a sink-free column count (plain text, invariant culture by default)', () => {
  expect(formatToLines([obj(['a', 1.5])], { columns: 79 })).toEqual(['', '   a', '   -', '1.50', '']);
});
