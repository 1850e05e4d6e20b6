// Format-*/Out-* cmdlets run through a runspace (script text in, host text out), against pwsh 7.6.9 captures
// (`pwsh -NoProfile -Command`, NO_COLOR, no terminal).

import { createRunspace } from '../../src/host/runspace';

function run(script: string): { out: string; err: string } {
  let out = '';
  let err = '';
  const rs = createRunspace({ write: (t) => void (out += t), writeErrorLine: (t) => void (err += t + '\n'), width: 80 });
  rs.runScript(script);
  return { out, err };
}

test('Format-Table -GroupBy', () => {
  expect(run('[pscustomobject]@{a=1;b=2},[pscustomobject]@{a=1;b=3},[pscustomobject]@{a=2;b=4} | ft -GroupBy a').out).toBe(
    '\n   a: 1\n\na b\n- -\n1 2\n1 3\n\n   a: 2\n\na b\n- -\n2 4\n\n',
  );
});

test('Format-Table with fixed-width calculated columns wraps the labels', () => {
  const script = '[pscustomobject]@{a=1} | ft @{l="Long Header";e={1};width=4}, @{l="Header2";e={2};width=7}, @{l="Header3";e={3};width=4}';
  expect(run(script).out).toBe('\nLong Header2 Head\n Hea          er3\n der\n---- ------- ----\n   1       2    3\n\n');
});

test('Format-Table -HideTableHeaders, -AutoSize', () => {
  expect(run('[pscustomobject]@{a="abc";b=1} | ft -HideTableHeaders').out).toBe('\nabc 1\n\n');
  expect(run('[pscustomobject]@{a="abc";b=1} | ft -AutoSize').out).toBe('\na   b\n-   -\nabc 1\n\n');
});

test('Format-List * and Format-List with properties', () => {
  expect(run('[pscustomobject]@{a=1;bb=2} | fl *').out).toBe('\na  : 1\nbb : 2\n\n');
  expect(run('[pscustomobject]@{a=1;bb=2;c=3} | fl c, a').out).toBe('\nc : 3\na : 1\n\n');
});

test('Format-Wide -Column 3', () => {
  const script = "'alpha','beta','gamma','delta','epsilon' | % { [pscustomobject]@{Name=$_} } | Format-Wide -Column 3";
  expect(run(script).out).toBe(`\nalpha${' '.repeat(22)}beta${' '.repeat(23)}gamma\ndelta${' '.repeat(22)}epsilon${' '.repeat(20)}\n\n`);
});

test('Out-String, -Stream, -Width and -NoNewline', () => {
  expect(run('$s = 1,"a",2.5 | Out-String; "[$s]"').out).toBe('[1\na\n2.5\n]\n');
  expect(run('[pscustomobject]@{a="x";b=2},[pscustomobject]@{a="y";b=3} | Out-String -Stream | % { "[$_]" }').out).toBe(
    '[]\n[a b]\n[- -]\n[x 2]\n[y 3]\n[]\n',
  );
  expect(run('$s = [pscustomobject]@{a="x"*150} | Out-String -Width 30; $s.Split("`n") | % { $_.Length }').out).toBe('0\n1\n1\n30\n0\n0\n');
  expect(run('$b = 1,2 | Out-String -NoNewline; "[$b]"').out).toBe('[12]\n');
});

test('Out-Null swallows its input; Out-Host writes at once', () => {
  expect(run('1, 2 | Out-Null; "done"').out).toBe('done\n');
  expect(run('[pscustomobject]@{a=1} | Out-Host; "after"').out).toBe('\na\n-\n1\n\nafter\n');
});

test('$ErrorView = "NormalView" at the prompt', () => {
  const { err } = run("$ErrorView = 'NormalView'\nGet-Item /nonexistent/zzz");
  expect(err).toBe(
    [
      "Get-Item : Cannot find path '/nonexistent/zzz' because it does not exist.",
      'At line:2 char:1',
      '+ Get-Item /nonexistent/zzz',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~',
      '+ CategoryInfo          : ObjectNotFound: (/nonexistent/zzz:String) [Get-Item], ItemNotFoundException',
      '+ FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
      '',
    ].join('\n'),
  );
});
