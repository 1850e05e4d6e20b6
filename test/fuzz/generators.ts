// Input generators for the interpreter fuzz test: (a) small PowerShell programs built from the grammar's constructs,
// with every loop bounded and every size-multiplying operation (ranges, string/array repetition) kept small;
// (b) mutations (delete / duplicate / swap characters and tokens) of the seed page's snippets and of realistic scripts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { REALISTIC } from './realistic';

// ---------------------------------------------------------------------------------------------------------------------
// (a) grammar-aware generation

const INTS = ['0', '1', '2', '3', '7', '-1', '-5', '42', '255', '1000', '2147483647', '-2147483648', '9223372036854775807', '0xFF', '0x7FFFFFFF', '1kb', '3mb', '10l', '1.5', '-0.25', '1e3', '2.5e-3', '1.10d', '0.1d', '7u', '5y', '12n', '1_000'];
const STRINGS = ["'abc'", "''", "'a,b,c'", "'Hello World'", "'  pad  '", "'42'", "'3.5'", "'true'", "'2024-01-15'", "'12:30:00'", "'1.2.3'",
  "'x*'", "'^a.c$'", "'[0-9]+'", "'ä€😀'", '"dq $x"', '"sub $($x + 1) end"', '"${s}-${x}"', '"tab`tnl`n"', '"$($h.a)"', '"$h.a"',
  '"$($arr[1])"', '"`$not"', "@'\nhere 'q'\n'@", '@"\nhere $s\n"@', "'{0}-{1}'", "'{0:N2}|{1,5}|{0:X}'", "'00000000-0000-0000-0000-000000000001'"];
const ATOMS = ['$x', '$s', '$arr', '$h', '$o', '$null', '$true', '$false', '$d', '$e', '@()', '@(1, 2, 3)', '@{}', "@{ a = 1; b = 'two' }",
  "[ordered]@{ z = 1; a = 2 }", "[pscustomobject]@{ Name = 'n'; Value = 3 }", '{ $_ }', '{ param($p) $p * 2 }', '(1, 2)', '(,5)', '$PSVersionTable.PSVersion',
  '$Error', '$args', '$Matches', '$_', '$PSItem', '$HOME', '$env:HOME', '$ExecutionContext', '$MyInvocation', '$PSBoundParameters', '$?', '$LASTEXITCODE', '$OFS', '[char]65'];
const TYPES = ['int', 'long', 'double', 'decimal', 'string', 'char', 'bool', 'byte', 'datetime', 'timespan', 'guid', 'version', 'regex',
  'array', 'hashtable', 'pscustomobject', 'string[]', 'int[]', 'object[]', 'System.Collections.ArrayList', 'System.Collections.Generic.List[string]',
  'System.Collections.Generic.List[int]', 'securestring', 'xml', 'switch', 'uint32', 'int64', 'float', 'single', 'scriptblock', 'type', 'System.Text.StringBuilder', 'ordered', 'void'];
const BINOPS = ['+', '-', '/', '%', '-eq', '-ne', '-gt', '-ge', '-lt', '-le', '-ceq', '-ieq', '-like', '-notlike', '-clike', '-match', '-notmatch',
  '-cmatch', '-contains', '-notcontains', '-in', '-notin', '-replace', '-creplace', '-split', '-csplit', '-join', '-f', '-is', '-isnot', '-as',
  '-and', '-or', '-xor', '-band', '-bor', '-bxor', '-shl', '-shr', '??'];
const MEMBERS = ['.Length', '.Count', '.ToUpper()', '.ToLower()', '.Trim()', ".Split(',')", '.Substring(1)', ".Replace('a', 'b')", '.GetType().Name',
  '.GetType().FullName', '.ToString()', '.Keys', '.Values', '.Contains(1)', ".IndexOf('b')", '.PadLeft(6)', ".StartsWith('a')", '.Year', '.Days',
  '.TotalSeconds', '.psobject.Properties.Name', '.Where({ $_ })', '.ForEach({ $_ })', '?.Length', '.Name', '.Value', '[0]', '[-1]', '[0..1]', "['a']",
  '[1, 2]', '.a', '.Add(1)', '.Clone()', '.Equals(1)', '.GetHashCode()', '.CompareTo(1)', ".ToString('N2')", '.Major', '.Ticks', '.AddDays(1)',
  '.Insert(0, 1)', '.Remove(0)', '.Item(0)', '.Chars(0)', '.GetEnumerator()', '.ContainsKey(\'a\')', '.Normalize()', '.ToCharArray()', '.Sum', '.Count()'];
const STATICS = ['[math]::Round(#, 2)', '[math]::Max(#, 3)', '[math]::Abs(#)', '[math]::Sqrt(#)', '[math]::Floor(#)', '[math]::Pow(#, 2)', '[math]::PI',
  "[string]::Join(',', #)", '[string]::IsNullOrEmpty(#)', "[string]::Format('{0}', #)", '[string]::new(#)', '[datetime]::new(2020, 1, #)',
  "[datetime]::ParseExact(#, 'yyyy-MM-dd', $null)", '[timespan]::FromSeconds(#)', '[convert]::ToInt32(#)', '[convert]::ToBase64String([byte[]](#))',
  '[convert]::FromBase64String(#)', "[regex]::Matches(#, 'b')", "[regex]::Escape(#)", "[regex]::Replace(#, 'a', 'b')", "[System.IO.Path]::Combine('a', #)",
  '[System.IO.Path]::GetExtension(#)', '[guid]::Empty', '[guid]::Parse(#)', '[int]::MaxValue', '[int]::Parse(#)', '[char]::IsDigit(#)',
  '[Environment]::NewLine', '[System.Text.Encoding]::UTF8.GetBytes(#)', '[System.Text.Encoding]::UTF8.GetString(#)', '[version]::new(1, #)',
  '[System.Collections.ArrayList]::new(#)', '[System.Collections.Generic.List[int]]::new()', '[decimal]::Round(#, 1)', '[bool]::Parse(#)',
  '[datetime]::Parse(#)', '[timespan]::Parse(#)', '[double]::IsNaN(#)', '[long]::MinValue', '[char]::ConvertFromUtf32(#)', '[string]::Concat(#, #)'];
const FORMATS = ["'{0}' -f #", "'{0,-5}|{1:D3}' -f #, #", "'{0:P1}' -f #", "'{0:yyyy}' -f #", "'{1}' -f #", "'{0:C}' -f #", "'{{0}}' -f #"];

const small = fc.integer({ min: 0, max: 4 }).map(String);

export const exprArb: fc.Arbitrary<string> = fc.letrec<{ expr: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INTS) },
    { weight: 3, arbitrary: fc.constantFrom(...STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...ATOMS) },
    // ranges only between small literals so nothing can build a huge array
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -3, max: 5 }), fc.integer({ min: -3, max: 5 })).map(([a, b]) => `${a}..${b}`) },
  ),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: tie('atom') },
    { weight: 4, arbitrary: fc.tuple(tie('expr'), fc.constantFrom(...BINOPS), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`) },
    // repetition only by a small literal count
    { weight: 1, arbitrary: fc.tuple(tie('atom'), small).map(([a, n]) => `${a} * ${n}`) },
    { weight: 2, arbitrary: tie('expr').map((e) => `(${e})`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('-', '!', '-not ', '-bnot ', '-split ', '-join ', ','), tie('atom')).map(([op, a]) => `${op}${a}`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TYPES), tie('atom')).map(([t, a]) => `[${t}]${a}`) },
    { weight: 4, arbitrary: fc.tuple(tie('atom'), fc.constantFrom(...MEMBERS)).map(([a, m]) => `${a}${m}`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...STATICS), tie('atom'), tie('atom')).map(([s, a, b]) => s.replace('#', a).replace('#', b)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...FORMATS), tie('atom'), tie('atom')).map(([s, a, b]) => s.replace('#', a).replace('#', b)) },
    { weight: 1, arbitrary: fc.tuple(tie('expr'), tie('atom'), tie('atom')).map(([c, a, b]) => `(${c}) ? ${a} : ${b}`) },
    { weight: 1, arbitrary: tie('expr').map((e) => `$(${e})`) },
    { weight: 1, arbitrary: tie('expr').map((e) => `@(${e})`) },
    { weight: 1, arbitrary: fc.tuple(tie('atom'), tie('atom')).map(([a, b]) => `@{ k = ${a}; 'two words' = ${b}; 3 = 4 }`) },
    { weight: 1, arbitrary: fc.tuple(tie('atom'), tie('atom')).map(([a, b]) => `${a}, ${b}`) },
    { weight: 1, arbitrary: tie('expr').map((e) => `"pre $(${e}) post"`) },
  ),
})).expr;

const blockArb = exprArb.map((e) => `{ ${e} }`);
const PIPES = [
  (e: string) => `Where-Object { $_ -${['gt', 'like', 'ne', 'match'][e.length % 4]} ${e} }`,
  (e: string) => `ForEach-Object { $_, ${e} }`,
  () => 'Select-Object -First 2', () => 'Select-Object -Last 1 -Skip 1', () => 'Select-Object -Unique', () => 'Select-Object Length, Name',
  () => 'Select-Object -ExpandProperty Length', (e: string) => `Select-Object @{ n = 'X'; e = { ${e} } }`,
  () => 'Sort-Object', () => 'Sort-Object -Descending', () => 'Sort-Object Length -Unique', (e: string) => `Sort-Object { ${e} }`,
  () => 'Measure-Object', () => 'Measure-Object -Sum -Average -Maximum -Minimum', () => 'Measure-Object -Property Length -Sum', () => 'Measure-Object -Line -Word -Character',
  () => 'Group-Object', () => 'Group-Object Length', () => 'Group-Object { $_ % 2 } -NoElement', () => 'Group-Object -AsHashTable',
  () => 'Out-String', () => 'Out-String -Stream', () => 'Format-Table', () => 'Format-List', () => 'Format-Wide', () => 'Format-Table -AutoSize',
  () => 'ConvertTo-Json -Compress', () => 'ConvertTo-Json -Depth 1', () => 'Get-Member', () => 'Write-Output', () => '% { $_ }', () => '? { $_ }',
  () => 'Where-Object Length -gt 1', () => 'ForEach-Object Length', () => 'ForEach-Object ToString', () => 'Tee-Object -Variable tv',
  () => 'Select-Object -Property *', () => 'Out-Null', () => 'Write-Host', () => 'Add-Member -NotePropertyName N -NotePropertyValue 1 -PassThru',
  // commands that stop their upstream
  () => 'Select-Object -First 1', () => 'Select-Object -Index 1, 0', () => 'Select-Object -Skip 1 -First 1', () => 'Select-Object -First 1 -Unique',
  () => 'Select-Object -First 1 2>$null',
];
const pipelineArb = fc.tuple(exprArb, fc.array(fc.tuple(fc.integer({ min: 0, max: PIPES.length - 1 }), exprArb), { minLength: 1, maxLength: 3 }))
  .map(([head, stages]) => [head, ...stages.map(([i, e]) => PIPES[i](e))].join(' | '));

const assignArb = fc.tuple(fc.constantFrom('$x', '$s', '$arr[0]', '$h.k', "$h['a']", '$o.Value', '$y', '[int]$z', '$x, $y'),
  fc.constantFrom('=', '+=', '-=', '*=', '/=', '%=', '??='), exprArb).map(([l, op, r]) => (op === '*=' ? `${l} *= 2` : `${l} ${op} ${r}`));

export const statementArb: fc.Arbitrary<string> = fc.letrec<{ stmt: string; body: string }>((tie) => ({
  body: fc.array(tie('stmt'), { minLength: 0, maxLength: 2 }).map((s) => `{ ${s.join('; ')} }`),
  stmt: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: exprArb },
    { weight: 4, arbitrary: pipelineArb },
    { weight: 3, arbitrary: assignArb },
    { weight: 1, arbitrary: fc.constantFrom('$x++', '--$x', '$y--', 'break', 'continue', 'return', 'return 5', "Write-Error 'bad'", "Write-Warning 'w'",
      "Write-Verbose 'v' -Verbose", "throw 'boom'", 'throw', "throw [System.ArgumentException]::new('arg')", 'Get-Variable x', "Get-Item 'nope' -ErrorAction SilentlyContinue",
      "Get-Item 'nope'", "Get-Item 'nope' -ErrorAction Stop", '$ErrorActionPreference = \'Stop\'', "Set-Variable -Name q -Value 1", 'Remove-Variable x',
      "Invoke-Expression '1 + 1'", '& { $args } 1 2', '. { $x = 9 }', 'Get-Date -Year 2020 -Month 1 -Day 1', "New-Object System.Collections.ArrayList",
      "ConvertFrom-Json '{\"a\": [1, 2]}'", 'Get-Random -SetSeed 1 -Maximum 10', '1 / 0', '$null[0]', '$null.Foo()', '[int]::Parse(\'x\')', 'exit 3',
      // stopped pipelines: a streamed range, buffered commands writing from their end blocks
      '1..1e9 | Select-Object -First 2', '1..5 | Sort-Object -Descending | Select-Object -First 2', "'a', 'b', 'a' | Group-Object | Select-Object -First 1",
      '& { try { 1..3 } catch { \'caught\' } finally { \'fin\' } } | Select-Object -First 1', 'foreach ($r in 1..1e9) { if ($r -gt 2) { break } }') },
    { weight: 2, arbitrary: fc.tuple(exprArb, tie('body'), tie('body'), exprArb).map(([c, a, b, c2]) => `if (${c}) ${a} elseif (${c2}) { 1 } else ${b}`) },
    { weight: 1, arbitrary: fc.tuple(exprArb, tie('body')).map(([c, a]) => `if (${c}) ${a}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '-regex ', '-wildcard ', '-exact ', '-casesensitive '), exprArb, exprArb, tie('body'), tie('body'))
      .map(([opt, v, c, a, b]) => `switch ${opt}(${v}) { ${c} ${a} 'a*' { 'wild'; break } { $_ -is [int] } ${b} default { 'def' } }`) },
    // loops: fixed small bounds on counters the bodies never assign
    { weight: 2, arbitrary: fc.tuple(small, tie('body')).map(([n, b]) => `foreach ($i in 1..${n}) ${b}`) },
    { weight: 1, arbitrary: fc.tuple(exprArb, tie('body')).map(([e, b]) => `foreach ($item in ${e}) ${b}`) },
    // a body that changes the list it walks ends on its next step (.NET's version check), as in pwsh
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Add(1)', 'Insert(0, 2)', 'RemoveAt(0)', 'Clear()', 'Reverse()'), tie('body'))
      .map(([change, b]) => `$fl = [System.Collections.Generic.List[int]]::new(); $fl.Add(0); $fl.Add(1); foreach ($f in $fl) { $fl.${change}; . ${b} }`) },
    { weight: 1, arbitrary: fc.tuple(small, tie('body')).map(([n, b]) => `for ($k1 = 0; $k1 -lt ${n}; $k1++) { & ${b} }`) },
    { weight: 1, arbitrary: fc.tuple(small, tie('body')).map(([n, b]) => `$w1 = 0; while ($w1 -lt ${n}) { $w1++; & ${b} }`) },
    { weight: 1, arbitrary: fc.tuple(small, tie('body')).map(([n, b]) => `$w2 = 0; do { $w2++; & ${b} } until ($w2 -ge ${n})`) },
    { weight: 1, arbitrary: fc.tuple(small, tie('body')).map(([n, b]) => `$w3 = 0; do { $w3++; & ${b} } while ($w3 -lt ${n})`) },
    { weight: 1, arbitrary: fc.tuple(small, tie('body')).map(([n, b]) => `:outer foreach ($j in 1..${n}) { foreach ($m in 1..2) { if ($m -eq 2) { continue outer }; . ${b} } }`) },
    { weight: 2, arbitrary: fc.tuple(tie('body'), fc.constantFrom('', '[System.DivideByZeroException]', '[System.Management.Automation.RuntimeException]', '[ArgumentException], [InvalidOperationException]'), tie('body'))
      .map(([t, ty, c]) => `try ${t} catch ${ty} { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; . ${c} } finally { 'fin' }`) },
    { weight: 1, arbitrary: tie('body').map((b) => `trap { 'trapped'; continue }; . ${b}`) },
    { weight: 1, arbitrary: fc.tuple(tie('body'), exprArb).map(([b, e]) => `& ${b} ${e.includes('\n') ? '1' : '(' + e + ')'}`) },
  ),
})).stmt;

const FUNCTIONS = [
  'function f1 { param([int]$a = 1, $b) $a; $b }',
  'function f1 { [CmdletBinding()] param([Parameter(Mandatory)][string]$a, [switch]$b) "$a $b"; $PSBoundParameters.Count }',
  'function f1 { param([Parameter(ValueFromPipeline)]$in) process { $in } }',
  'function f1 { param([ValidateSet(\'a\', \'b\')]$a, [ValidateRange(1, 5)][int]$b) $a; $b }',
  'function f1 { param([ValidateNotNullOrEmpty()][string[]]$a, [ValidatePattern(\'^x\')]$b) $a.Count }',
  'function f1 { begin { 0 } process { $_ } end { $input } }',
  'function f1 { begin { \'b\' } process { try { $_ } finally { \'fin\' } } end { \'end\' } }',
  'filter f1 { $_ * 2 }',
  'function f1 { $args.Count; $args }',
  'function f1 { param([Alias(\'aa\')]$a, [Parameter(ValueFromPipelineByPropertyName)]$Name) $a; $Name }',
];
const CALLS = ['f1', '1..3 | f1 | Select-Object -First 1', 'f1 | Select-Object -First 1', 'f1 1 2', 'f1 -a 2 -b x', 'f1 -a:3', 'f1 @sp', 'f1 @sa', 'f1 @sp -a 5', 'f1 -b', '1, 2 | f1', "[pscustomobject]@{ Name = 'n' } | f1",
  'f1 -nope 1', 'f1 -a', 'f1 -aa 1', 'f1 a', 'f1 -a b c d', "f1 -a ''", 'f1 -a $null', 'f1 -a (1, 2)'];
const functionArb = fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(fc.constantFrom(...CALLS), { minLength: 1, maxLength: 3 }), exprArb)
  .map(([f, calls, e]) => `$sp = @{ a = ${e.includes('\n') ? 1 : '(' + e + ')'} }; $sa = @(1, 'two')\n${f}\n${calls.join('\n')}`);

// Every generated program starts from the same variables so member access and indexing meet real values.
const HEADER = "$x = 3; $s = 'abc'; $arr = 1, 2, 3; $h = @{ a = 1; b = 'two' }; $o = [pscustomobject]@{ Name = 'obj'; Value = 3 }; $d = [datetime]'2024-01-15 12:30:00'; $e = @()";

export const programArb: fc.Arbitrary<string> = fc.tuple(
  fc.array(fc.oneof({ weight: 5, arbitrary: statementArb }, { weight: 1, arbitrary: functionArb }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('\n', '; '),
).map(([stmts, sep]) => `${HEADER}\n${stmts.join(sep)}`);

// ---------------------------------------------------------------------------------------------------------------------
// (b) mutation of seed snippets and realistic scripts

const SNIPPETS = path.resolve(__dirname, '../../../shared/seeds/snippets');


export function mutationCorpus(): string[] {
  const items: string[] = [];
  for (const dir of [SNIPPETS]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ps1')).sort()) items.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return [...items, ...REALISTIC];
}

const INSERTS = [...'$@(){}[]\'"`#<>|&;,.-+*/%=!?: \n\t0129ax', '$(', '@(', '@{', '${', '::', '?.', '-eq', '-not', '-f', '-replace', '-split', '-join',
  '-as', '-is', '[int]', '[string]', '[datetime]', '[regex]', '[hashtable]', '$null', '$_', '$true', '| Sort-Object', '| Select-Object -First 1',
  '| Measure-Object', '| Group-Object', '| % { $_ }', '| ? { $_ }', '.Count', '.Length', '[0]', '[-1]', 'throw', 'return', 'break', 'continue',
  'try {', '} catch {', '}', 'function', 'param(', '@sp', '2>&1', '*>$null'];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swap-chars'; at: number; other: number }
  | { kind: 'delete-token'; index: number }
  | { kind: 'duplicate-token'; index: number }
  | { kind: 'swap-tokens'; index: number; other: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...INSERTS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('swap-chars' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('delete-token' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-token' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('swap-tokens' as const), index: fc.nat(), other: fc.nat() }),
);

/** Rough tokens: runs of word characters, of whitespace, and single other characters (enough for mutation). */
function tokens(text: string): string[] {
  return text.match(/[\w$-]+|\s+|[^\w\s]/g) ?? [];
}

export function applyEdit(text: string, edit: Edit): string {
  const at = text.length ? ('at' in edit ? edit.at : 0) % (text.length + 1) : 0;
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'duplicate':
      return text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
    case 'swap-chars': {
      if (text.length < 2) return text;
      const a = Math.min(at, text.length - 1);
      const b = edit.other % text.length;
      const cs = [...text];
      [cs[a], cs[b]] = [cs[b], cs[a]];
      return cs.join('');
    }
    default: {
      const ts = tokens(text);
      if (!ts.length) return text;
      const i = edit.index % ts.length;
      if (edit.kind === 'delete-token') ts.splice(i, 1);
      else if (edit.kind === 'duplicate-token') ts.splice(i, 0, ts[i]);
      else {
        const j = edit.other % ts.length;
        [ts[i], ts[j]] = [ts[j], ts[i]];
      }
      return ts.join('');
    }
  }
}

export function mutatedArb(corpus: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...corpus), fc.array(editArb, { minLength: 1, maxLength: 5 })).map(([text, edits]) => edits.reduce(applyEdit, text));
}
