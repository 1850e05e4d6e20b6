// Error display against pwsh 7.6.9 output (`pwsh -NoProfile -File t.ps1`, NO_COLOR unless noted, 80-column window).

import { DotNetException, ErrorRecord, type ErrorCategory, type InvocationInfo } from '../../src/runtime/values';
import type { InvocationLike } from '../../src/format/errors/error-record';
import { renderError, type ErrorViewOptions } from '../../src/format/errors/error-view';
import { renderStreamRecord } from '../../src/format/errors/stream-records';
import { positionMessage } from '../../src/format/errors/position-message';
import { PLAIN, styler } from '../../src/format/style';

interface Spec {
  message: string;
  exceptionType?: string;
  errorId: string;
  category: ErrorCategory;
  target?: unknown;
  activity?: string;
  fqid?: string;
  thrown?: boolean;
  invocation?: Partial<InvocationLike> & { lineText: string; line: number; column: number };
}

function record(spec: Spec): ErrorRecord {
  const exception = new DotNetException(spec.exceptionType ?? 'System.Management.Automation.RuntimeException', spec.message);
  exception.wasThrownFromThrowStatement = spec.thrown ?? false;
  const rec = new ErrorRecord(exception, spec.errorId, spec.category, spec.target ?? null);
  rec.categoryInfo.activity = spec.activity ?? '';
  rec.fullyQualifiedErrorId = spec.fqid ?? spec.errorId;
  if (spec.invocation) {
    const inv = spec.invocation;
    // the runtime's InvocationInfo plus the optional fields error display also reads
    rec.invocationInfo = {
      commandName: '',
      scriptName: '',
      extentText: '',
      endLine: inv.line,
      endColumn: inv.column,
      ...inv,
    } as InvocationInfo;
  }
  return rec;
}

const concise: ErrorViewOptions = { view: 'ConciseView', style: PLAIN, windowWidth: 80 };

/** Get-Item /nonexistent/zzz as the command at `line` of a script (or of -Command input when scriptName is ''). */
function getItemError(scriptName: string, line: number, lineText = 'Get-Item /nonexistent/zzz', column = 1): ErrorRecord {
  return record({
    message: "Cannot find path '/nonexistent/zzz' because it does not exist.",
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    target: '/nonexistent/zzz',
    activity: 'Get-Item',
    fqid: 'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
    invocation: { commandName: 'Get-Item', scriptName, line, column, lineText, endColumn: column + 25 },
  });
}

describe('ConciseView', () => {
  test('one line for -Command input on its first line', () => {
    expect(renderError(getItemError('', 1), concise)).toBe(
      "Get-Item: Cannot find path '/nonexistent/zzz' because it does not exist.",
    );
  });

  test('a script error shows the path, the line gutter and tildes under the command', () => {
    expect(renderError(getItemError('/tmp/fmt/t7.ps1', 2), concise)).toBe(
      [
        'Get-Item: /tmp/fmt/t7.ps1:2',
        'Line |',
        '   2 |  Get-Item /nonexistent/zzz',
        '     |  ~~~~~~~~~~~~~~~~~~~~~~~~~',
        "     | Cannot find path '/nonexistent/zzz' because it does not exist.",
      ].join('\n'),
    );
  });

  test('-Command input beyond line 1 gets the gutter without a path', () => {
    expect(renderError(getItemError('', 2), concise)).toBe(
      [
        'Get-Item: ',
        'Line |',
        '   2 |  Get-Item /nonexistent/zzz',
        '     |  ~~~~~~~~~~~~~~~~~~~~~~~~~',
        "     | Cannot find path '/nonexistent/zzz' because it does not exist.",
      ].join('\n'),
    );
  });

  test('a thrown error is an Exception; a long line is cut and the message wrapped at the window width', () => {
    const lineText =
      'throw "bad thing that is very long so that the message needs to be wrapped across several lines because the window is only eighty columns wide ok"';
    const err = record({
      message: 'bad thing that is very long so that the message needs to be wrapped across several lines because the window is only eighty columns wide ok',
      errorId: 'bad thing',
      category: 'OperationStopped',
      thrown: true,
      invocation: { scriptName: '/tmp/fmt/t7.ps1', line: 4, column: 1, lineText, endColumn: lineText.length + 1 },
    });
    expect(renderError(err, concise)).toBe(
      [
        'Exception: /tmp/fmt/t7.ps1:4',
        'Line |',
        '   4 |  throw "bad thing that is very long so that the message needs to be wr \u2026',
        '     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '     | bad thing that is very long so that the message needs to be wrapped',
        '     | across several lines because the window is only eighty columns wide ok',
      ].join('\n'),
    );
  });

  test('throwing an exception object names its category: throw [System.InvalidOperationException]::new(...)', () => {
    const lineText = "throw [System.InvalidOperationException]::new('invalid op')";
    const err = record({
      message: 'invalid op',
      exceptionType: 'System.InvalidOperationException',
      errorId: 'invalid op',
      category: 'OperationStopped',
      thrown: true,
      invocation: { scriptName: '/C/018.ps1', line: 1, column: 1, lineText, endColumn: lineText.length + 1 },
    });
    expect(renderError(err, concise).split('\n')[0]).toBe('OperationStopped: /C/018.ps1:1');
  });

  test('a NotSpecified category falls through to the exception type: \'abc\'.Substring(10)', () => {
    const err = record({
      message: 'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"',
      exceptionType: 'System.Management.Automation.MethodInvocationException',
      errorId: 'ArgumentOutOfRangeException',
      category: 'NotSpecified',
      invocation: { scriptName: '/C/020.ps1', line: 1, column: 1, lineText: "'abc'.Substring(10)", endColumn: 20 },
    });
    expect(renderError(err, concise)).toBe(
      [
        'MethodInvocationException: /C/020.ps1:1',
        'Line |',
        "   1 |  'abc'.Substring(10)",
        '     |  ~~~~~~~~~~~~~~~~~~~',
        '     | Exception calling "Substring" with "1" argument(s): "startIndex cannot',
        '     | be larger than length of string. (Parameter \'startIndex\')"',
      ].join('\n'),
    );
  });

  test('a long line around the command keeps context on both sides', () => {
    const lineText =
      '$aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 1; $bbbbbbbbbbbbbbbbbbbbbbbbb = 2; Get-Item /nonexistent/zzz; $ccccccccccccccccccccc = 3';
    const column = lineText.indexOf('Get-Item') + 1;
    expect(renderError(getItemError('/T/009.ps1', 2, lineText, column), concise)).toBe(
      [
        'Get-Item: /T/009.ps1:2',
        'Line |',
        '   2 |  \u2026  1; $bbbbbbbbbbbbbbbbbbbbbbbbb = 2; Get-Item /nonexistent/zzz; $ccccc \u2026',
        '     |                                        ~~~~~~~~~~~~~~~~~~~~~~~~~',
        "     | Cannot find path '/nonexistent/zzz' because it does not exist.",
      ].join('\n'),
    );
  });

  test('a command that is not found, with its two-line message joined and wrapped', () => {
    const err = record({
      message:
        "The term 'foo-bar' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      exceptionType: 'System.Management.Automation.CommandNotFoundException',
      errorId: 'CommandNotFoundException',
      category: 'ObjectNotFound',
      target: 'foo-bar',
      activity: 'foo-bar',
      invocation: { scriptName: '/T/004.ps1', line: 2, column: 1, lineText: 'foo-bar -x 1', endColumn: 8 },
    });
    expect(renderError(err, concise)).toBe(
      [
        'foo-bar: /T/004.ps1:2',
        'Line |',
        '   2 |  foo-bar -x 1',
        '     |  ~~~~~~~',
        "     | The term 'foo-bar' is not recognized as a name of a cmdlet, function,",
        '     | script file, or executable program. Check the spelling of the name, or',
        '     | if a path was included, verify that the path is correct and try again.',
      ].join('\n'),
    );
  });

  test('the same error on line 1 of -Command keeps its newline', () => {
    const err = record({
      message:
        "The term 'foo-bar' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      errorId: 'CommandNotFoundException',
      category: 'ObjectNotFound',
      activity: 'foo-bar',
      invocation: { line: 1, column: 1, lineText: 'foo-bar -x 1', endColumn: 8 },
    });
    expect(renderError(err, concise)).toBe(
      "foo-bar: The term 'foo-bar' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
    );
  });

  test('Write-Error at a script\'s top level names Write-Error and shows no line', () => {
    const err = record({
      message: 'boom',
      exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
      errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
      category: 'NotSpecified',
      activity: 'Write-Error',
      invocation: { commandName: 't6.ps1', commandType: 'ExternalScript', commandResolves: true, line: 0, column: 0, lineText: '' },
    });
    expect(renderError(err, concise)).toBe('Write-Error: boom');
  });

  test('a parse error points at the place the parser stopped', () => {
    const err = record({
      message: "You must provide a value expression following the '+' operator.",
      exceptionType: 'System.Management.Automation.ParseException',
      errorId: 'ExpectedValueExpression',
      category: 'ParserError',
      invocation: { scriptName: '/T/001.ps1', line: 2, column: 10, lineText: '$x = (1 +', endColumn: 10 },
    });
    expect(renderError(err, concise)).toBe(
      [
        'ParserError: /T/001.ps1:2',
        'Line |',
        '   2 |  $x = (1 +',
        '     |           ~',
        "     | You must provide a value expression following the '+' operator.",
      ].join('\n'),
    );
  });

  test('on an ANSI host every line re-opens the styles of the lines before it', () => {
    // pwsh -File t7.ps1 2>err.txt (stderr to a file still gets ANSI in pwsh)
    const text = renderError(getItemError('/tmp/fmt/t7.ps1', 2), { ...concise, style: styler(true) });
    const E = '\u001b[31;1m';
    const A = '\u001b[36;1m';
    const R = '\u001b[0m';
    expect(text.split('\n')).toEqual([
      `${E}Get-Item: ${R}/tmp/fmt/t7.ps1:2${R}`,
      `${E}${R}${A}Line |${R}`,
      `${E}${R}${A}${A}   2 | ${R} ${A}Get-Item /nonexistent/zzz${R}`,
      `${E}${R}${A}${A}${R}${A}${R}${A}     | ${E} ~~~~~~~~~~~~~~~~~~~~~~~~~${R}`,
      `${E}${R}${A}${A}${R}${A}${R}${A}${E}${E}${A}     | ${E}Cannot find path '/nonexistent/zzz' because it does not exist.${R}`,
    ]);
  });
});

describe('NormalView and CategoryView', () => {
  test('NormalView: command prefix, position message, category and error id', () => {
    expect(renderError(getItemError('/T/007.ps1', 3), { ...concise, view: 'NormalView' })).toBe(
      [
        "Get-Item : Cannot find path '/nonexistent/zzz' because it does not exist.",
        'At /T/007.ps1:3 char:1',
        '+ Get-Item /nonexistent/zzz',
        '+ ~~~~~~~~~~~~~~~~~~~~~~~~~',
        '+ CategoryInfo          : ObjectNotFound: (/nonexistent/zzz:String) [Get-Item], ItemNotFoundException',
        '+ FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
      ].join('\n'),
    );
  });

  test('NormalView of Write-Error at a script\'s top level names the script', () => {
    const err = record({
      message: 'we',
      exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
      errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
      category: 'NotSpecified',
      activity: 'Write-Error',
      fqid: 'Microsoft.PowerShell.Commands.WriteErrorException,007.ps1',
      invocation: { commandName: '007.ps1', commandType: 'ExternalScript', commandPath: '/T/007.ps1', invocationName: '/T/007.ps1', line: 0, column: 0, lineText: '' },
    });
    expect(renderError(err, { ...concise, view: 'NormalView' })).toBe(
      [
        '/T/007.ps1 : we',
        '+ CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException',
        '+ FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,007.ps1',
      ].join('\n'),
    );
  });

  test('NormalView of Write-Error in -Command text names the whole script block', () => {
    // pwsh -Command "$ErrorView = 'NormalView'`nWrite-Error 'we'"
    const err = record({
      message: 'we',
      exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
      errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
      category: 'NotSpecified',
      activity: 'Write-Error',
      invocation: { commandType: 'Script', scriptBlockText: "$ErrorView = 'NormalView'\nWrite-Error 'we'", line: 0, column: 0, lineText: '' },
    });
    expect(renderError(err, { ...concise, view: 'NormalView' })).toBe(
      [
        "$ErrorView = 'NormalView'",
        "Write-Error 'we' : we",
        '+ CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException',
        '+ FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException',
      ].join('\n'),
    );
  });

  test('CategoryView', () => {
    expect(renderError(getItemError('/T/010.ps1', 3), { ...concise, view: 'CategoryView' })).toBe(
      'ObjectNotFound: (/nonexistent/zzz:String) [Get-Item], ItemNotFoundException',
    );
  });

  test('PositionMessage of interactive input says "line"', () => {
    expect(positionMessage({ commandName: 'Get-ChildItem', scriptName: '', line: 1, column: 1, lineText: 'Get-ChildItem Cert:\\CurrentUser\\My', endLine: 1, endColumn: 35 })).toBe(
      'At line:1 char:1\n+ Get-ChildItem Cert:\\CurrentUser\\My\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
    );
  });

  test('a command spanning lines is underlined to the end of its first line', () => {
    expect(positionMessage({ commandName: 'Get-Item', scriptName: '/T/006.ps1', line: 2, column: 1, lineText: 'Get-Item -Path `', endLine: 3, endColumn: 18 })).toBe(
      'At /T/006.ps1:2 char:1\n+ Get-Item -Path `\n+ ~~~~~~~~~~~~~~~~',
    );
  });
});

describe('stream records', () => {
  test('prefixes, and the stream colour on an ANSI host', () => {
    expect(renderStreamRecord('warning', 'w', PLAIN)).toBe('WARNING: w');
    expect(renderStreamRecord('verbose', 'v', styler(true))).toBe('\u001b[33;1mVERBOSE: v\u001b[0m');
    expect(renderStreamRecord('debug', 'd', styler(true))).toBe('\u001b[33;1mDEBUG: d\u001b[0m');
  });
});
