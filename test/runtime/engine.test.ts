// Language semantics: scopes, control flow, error handling and pipelines, with outputs taken from pwsh 7.6.9.

import { lines } from './helpers';
import { createRunspace } from '../../src/host';

describe('scopes', () => {
  test('function scope, $script: and $global:', () => {
    expect(lines('$x = 1; function f { $x = 2; $script:y = 3; $global:z = 4; $x }; f; $x; $y; $z')).toEqual(['2', '1', '3', '4']);
  });
  test('ForEach-Object runs in the caller scope', () => {
    expect(lines('1..3 | ForEach-Object { $last = $_ }; $last')).toEqual(['3']);
  });
  test('.ForEach() and .Where() run in the caller scope', () => {
    expect(lines('(1..3).ForEach({ $z = $_ }); $z; $null = (1..4).Where({ $w = $_ }); $w')).toEqual(['3', '4']);
  });
  test("each callback's scope is a child of the caller's, never of the previous callback's", () => {
    // Counts the scopes above the callback; it grew by one per item when a callback's scope outlived it.
    const depth = '$n = 0; while ($true) { try { $null = Get-Variable -Scope ($n + 1) -ErrorAction Stop; $n++ } catch { break } }; $n';
    const script = `$items = 1..200; ($items | Select-Object @{ n = 'd'; e = { ${depth} } }).d | Sort-Object -Unique; ($items | Sort-Object { ${depth} } -Unique | Measure-Object).Count`;
    expect(lines(script)).toEqual(['1', '1']);
  });
  test('[int] type constraint converts later assignments', () => {
    expect(lines('[int]$n = "5"; $n = "7"; $n.GetType().Name; $n')).toEqual(['Int32', '7']);
  });
});

describe('control flow', () => {
  test('labelled break and continue', () => {
    expect(lines(':outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; if ($i -eq 3) { break outer }; "$i$j" } }')).toEqual(['11', '21']);
  });
  test('switch with -regex, -wildcard, arrays and default', () => {
    expect(lines("switch -regex ('a1','b2','zz') { '^a(\\d)' { \"A$($Matches[1])\" } 'b' { 'B' } default { 'D' } }")).toEqual(['A1', 'B', 'D']);
    expect(lines("switch -wildcard ('file.txt') { '*.txt' { 'text' } '*.*' { 'any' } }")).toEqual(['text', 'any']);
  });
  test('begin/process/end stream in order', () => {
    expect(lines('function f { begin { "b" } process { "p$_" } end { "e" } }; 1,2 | f')).toEqual(['b', 'p1', 'p2', 'e']);
  });
  test('$input in a simple function', () => {
    expect(lines('function f { $input | ForEach-Object { $_ * 10 } }; 1,2 | f')).toEqual(['10', '20']);
  });
});

describe('errors', () => {
  test('typed catch matches inner exceptions, finally always runs', () => {
    expect(lines("try { [int]::Parse('nope') } catch [System.FormatException] { 'format' } catch { 'other' } finally { 'fin' }")).toEqual(['format', 'fin']);
    expect(lines('try { 1 / $null } catch [System.DivideByZeroException] { "div" }')).toEqual(['div']);
  });
  test('throw gives a RuntimeException with the message as id and target', () => {
    expect(lines('try { throw "bad thing" } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName }')).toEqual([
      'bad thing',
      'OperationStopped: (bad thing:String) [], RuntimeException',
      'System.Management.Automation.RuntimeException',
    ]);
  });
  test('trap with continue resumes after the failing statement', () => {
    expect(lines('trap { "trapped $_"; continue }; throw "x1"; "after trap"')).toEqual(['trapped x1', 'after trap']);
  });
  test('non-terminating errors set $? and continue; -ErrorAction Stop is catchable', () => {
    expect(lines('Write-Error "nt" -ErrorAction SilentlyContinue; "after $?"; try { Write-Error "we" -ErrorAction Stop } catch { $_.CategoryInfo.ToString() }')).toEqual([
      'after False',
      'NotSpecified: (:) [Write-Error], WriteErrorException',
    ]);
  });
  test('a statement-terminating error ends the statement only', () => {
    expect(lines('"before"; [int]"x"; "after"')).toEqual([
      'before',
      'ERR InvalidCastFromStringToInteger: Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format."',
      'after',
    ]);
  });
});

describe('embedding API', () => {
  test('invoke returns objects; a TypeScript cmdlet binds like a built-in one', () => {
    const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
    rs.registerCmdlet(
      {
        name: 'Get-Double',
        module: 'Test',
        parameters: [{ name: 'Value', type: 'int', position: 0, valueFromPipeline: true, mandatory: true }],
        process(ctx) {
          ctx.writeObject((ctx.params.Value as number) * 2);
        },
      },
      ['gdbl'],
    );
    expect(rs.invoke('1..3 | Get-Double')).toEqual([2, 4, 6]);
    expect(rs.invoke('gdbl -Val 21')).toEqual([42]);
  });

  test('exit codes come back in the run result', () => {
    const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
    expect(rs.engine.run('exit 5').exitCode).toBe(5);
    expect(rs.engine.run('throw "x"').terminated).toBe(true);
  });
});
