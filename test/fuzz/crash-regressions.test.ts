// Crashes the interpreter fuzz test (interpreter-fuzz.test.ts) found, minimised, with the behaviour pwsh 7.6.9 has for
// each input (recorded with `pwsh -NoProfile -NonInteractive -Command`, NO_COLOR=1).
import { runFuzzInput } from './harness';

function expectClean(text: string) {
  const r = runFuzzInput(text);
  expect(r.problems).toEqual([]);
  return r;
}

describe('fuzz crash regressions', () => {
  // Was: "a[0] is not iterable" (a TypeError) whenever the argument was not a JS number: $null, a decimal, a long, a
  // string (src/runtime/types/collections.ts, the ArrayList constructor).
  test('[System.Collections.ArrayList]::new($LASTEXITCODE) reports the ArgumentNullException of .ctor', () => {
    const r = expectClean('[System.Collections.ArrayList]::new($LASTEXITCODE)');
    expect(r.stderr).toContain('Exception calling ".ctor" with "1" argument(s): "Value cannot be null. (Parameter \'c\')"');
    const caught = expectClean(
      "try { [System.Collections.ArrayList]::new($null) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName }",
    );
    expect(caught.stdout).toBe(
      'Exception calling ".ctor" with "1" argument(s): "Value cannot be null. (Parameter \'c\')"\nArgumentNullException\nSystem.Management.Automation.MethodInvocationException\nSystem.ArgumentNullException\n',
    );
  });

  test('[System.Collections.ArrayList]::new(capacity) takes any number and rejects a negative one', () => {
    const r = expectClean(
      "try { [System.Collections.ArrayList]::new(-1) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }; [System.Collections.ArrayList]::new(1.10d).Count; [System.Collections.ArrayList]::new('3').Count",
    );
    expect(r.stdout).toBe(
      "Exception calling \".ctor\" with \"1\" argument(s): \"'capacity' must be non-negative. (Parameter 'capacity')\"\nArgumentOutOfRangeException\n0\n0\n",
    );
  });

  test('[System.Collections.ArrayList]::new(collection) copies the items, a hashtable as DictionaryEntry', () => {
    const r = expectClean("[System.Collections.ArrayList]::new(@{ a = 1 })[0].Key; ([System.Collections.ArrayList]::new((1, 2)) -join ',')");
    expect(r.stdout).toBe('a\n1,2\n');
  });

  // Was: "Cannot read properties of null (reading 'findIndex')" (src/runtime/types/collections.ts, [array]::IndexOf).
  test('[array]::IndexOf($null, 1) is the ArgumentNullException of IndexOf', () => {
    const r = expectClean('try { [array]::IndexOf($null, 1) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }');
    expect(r.stdout).toBe('Exception calling "IndexOf" with "2" argument(s): "Value cannot be null. (Parameter \'array\')"\nArgumentNullException\n');
  });

  // Was: "Invalid count value: -1" (String.prototype.repeat's RangeError; src/runtime/types/string.ts, new string(c, n)).
  test("[string]::new('a', -1) is the ArgumentOutOfRangeException of .ctor", () => {
    const r = expectClean("try { [string]::new('a', -1) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }; [string]::new([char]'a', 3)");
    expect(r.stdout).toBe(
      'Exception calling ".ctor" with "2" argument(s): "count (\'-1\') must be a non-negative value. (Parameter \'count\')\nActual value was -1."\nArgumentOutOfRangeException\naaa\n',
    );
  });

  // Was: "Invalid regular expression: /call stack/i: Stack overflow": at the stack limit the RegExp that recognises V8's
  // overflow overflowed itself (src/runtime/compiler/errors.ts, toPSError).
  test('unbounded recursion through & and a ScriptProperty is the CallDepthOverflow error', () => {
    const r = expectClean('try { $x = { & $x }; & $x } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }');
    expect(r.stdout).toBe('The script failed due to call depth overflow.\nCallDepthOverflow\n');
    // (pwsh itself dies with a .NET "Stack overflow." here; psnode must at least not print a JavaScript error.)
    const p = expectClean('$o = [pscustomobject]@{ a = 1 }; $o | Add-Member -MemberType ScriptProperty -Name P -Value { $this.P }; $o.P');
    expect(p.stdout + p.stderr).not.toContain('Invalid regular expression');
  });

  // `++`/`--` on a constant is pwsh's ParseError (the parser's post-parse check), not a compile-time crash.
  test("1 -eq --1 is pwsh's ParserError \"The '--' operator works only on variables or on properties.\"", () => {
    const r = expectClean('1 -eq --1');
    expect(r.outcome).toBe('parse-error');
    expect(r.stderr).toBe("ParserError: \nLine |\n   1 |  1 -eq --1\n     |          ~\n     | The '--' operator works only on variables or on properties.\n");
  });

  test("$x = ++2 is pwsh's ParserError \"The '++' operator works only on variables or on properties.\"", () => {
    const r = expectClean('$x = ++2');
    expect(r.outcome).toBe('parse-error');
    expect(r.stderr).toBe("ParserError: \nLine |\n   1 |  $x = ++2\n     |         ~\n     | The '++' operator works only on variables or on properties.\n");
  });
});
