// Fuzzing: thousands of generated and mutated inputs, seeded from the seed page's snippets and the grammar's
// constructs. `parse` must never throw a JavaScript exception and never hang: every input ends in a tree or in
// ParseErrors with a message and an extent inside the input.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse } from '../../src/parser';

const SNIPPETS = path.resolve(__dirname, '../../../shared/seeds/snippets');

// One example of each construct the grammar knows, plus a few broken ones.
const CONSTRUCTS = [
  "$params = @{\nClientId = 'YOUR_APP_ID'\nTenantId = 'YOUR_TENANT_ID'\n}\nConnect-Entra @params",
  'Get-ChildItem Cert:\\CurrentUser\\My\\$CertThumbprint | Select Subject',
  'function Get-Thing { [CmdletBinding()] param([Parameter(Mandatory, Position = 0)][string[]]$Name, [int]$Count = 5) begin { } process { $_ } end { } }',
  'filter Double { $_ * 2 }',
  "if ($a -eq 1) { 'one' } elseif ($a -gt 1) { 'many' } else { 'none' }",
  "switch -regex -casesensitive ($x) { '^a' { 1; break } { $_ -gt 2 } { 2 } default { 3 } }",
  ':outer foreach ($i in 1..10) { for ($j = 0; $j -lt 3; $j++) { if ($j) { continue outer } } }',
  'while ($true) { break }; do { $i++ } while ($i -lt 3); do { $i-- } until ($i -le 0)',
  'try { throw [System.ArgumentException]::new("bad") } catch [System.ArgumentException], [System.IO.IOException] { $_ } finally { }',
  'trap [Exception] { continue }; return 1; exit 2',
  '$x = 1, 2 + 3 * -4 / 5 % 6 -band 7 -shl 1 ?? 8 -f 9 .. 10',
  '-not $a -eq $b -and !$c -or -bnot $d -xor (-split "a b" -join ",")',
  "$r = $a ? 'yes' : $b ? 'maybe' : 'no'; $x ??= 5; $y += 1; $z -= 2; $w *= 3; $v /= 4; $u %= 5",
  '$a.b.c[0]?.d?[1]::e.M(1, "two", $three).ForEach{ $_ }',
  '[System.Collections.Generic.List[string]]::new(); [string[]]$s = @(); [int[,]]; [ordered]@{ a = 1 }',
  '[ValidateNotNull()]$x = 5; [int]"42"; [datetime]::Now',
  '"expand $var ${braced} $env:PATH $script:x $(Get-Date) `t `n `$ ""q"""',
  "'single ''quoted''' + @'\nhere $x\n'@ + @\"\nhere $y $(1)\n\"@",
  '1, 1l, 1.5, 1e3, .5, 1d, 1.50d, 0xFF, 0b101, 1kb, 2gb, 1u, 1y, 1n, 99999999999999999999',
  'Write-Host -ForegroundColor:Red "x" -NoNewline; echo a,b c -5 --x 1..3 \'foo\'bar $HOME/foo',
  'Get-Item . > out.txt 2>&1; Get-Item x 2> $null; Get-Item y *>> all.txt',
  '& $sb 1 2 && Write-Host ok || Write-Host fail; . ./lib.ps1; & { param($p) $p } 3',
  'Get-Process | Where-Object { $_.CPU -gt 1 } | Sort-Object CPU -Descending | Select-Object -First 5 &',
  '$a, $b = $b, $a; $h["k"] = 1; $o.Prop = 2; @(1,2,3)[1..2]; $($x; $y)',
  '<# block\ncomment #> 1 # line comment\n$x = 1 `\n + 2',
  '$x.M(1,', '(1', '{ ', '"open', "'open", '@{a', '1 +', 'a |', '[int', 'if (', 'foreach ($x in', '$(', '@"\n',
];

function corpus(): string[] {
  const items = [...CONSTRUCTS];
  if (fs.existsSync(SNIPPETS)) {
    for (const f of fs.readdirSync(SNIPPETS).filter((f) => f.endsWith('.ps1'))) items.push(fs.readFileSync(path.join(SNIPPETS, f), 'utf8'));
  }
  return items;
}

// Characters that change how PowerShell tokenizes, weighted toward the structural ones.
const SIGNIFICANT = [...'$@(){}[]\'"`#<>|&;,.-+*/%=!?: \n\t\rabcxyzABC0129_', '\u2013', '\u201c', '\u2018', '<#', '#>', '@"\n', "@'\n", '\n"@', "\n'@", '$(', '@(', '@{', '${', '::', '?.', '-eq', '-not', '--', '++', '&&', '||', '2>&1', '*>', 'if', 'else', 'function', 'param', 'begin', 'switch', 'foreach', 'do', 'while', 'until', 'try', 'catch', 'finally', 'trap', 'break', 'return'];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...SIGNIFICANT) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyEdit(text: string, edit: Edit): string {
  const at = text.length ? edit.at % (text.length + 1) : 0;
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'duplicate':
      return text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
    case 'truncate':
      return text.slice(0, at);
  }
}

const mutatedArb = fc
  .tuple(fc.constantFrom(...corpus()), fc.array(editArb, { minLength: 1, maxLength: 6 }))
  .map(([text, edits]) => edits.reduce(applyEdit, text));

// Token soup: fragments of the grammar's constructs glued together with separators.
const generatedArb = fc
  .array(fc.tuple(fc.constantFrom(...SIGNIFICANT, ...CONSTRUCTS.map((c) => c.slice(0, 24))), fc.constantFrom('', ' ', '\n', ';', ' | ')), {
    minLength: 1,
    maxLength: 25,
  })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''));

const SEED = Number(process.env.PSNODE_FUZZ_SEED ?? 20261127);
// A single parse of a fuzz input taking this long means runaway backtracking (a hang in practice).
const SLOW_MS = 2000;

function checkParse(input: string): void {
  const started = Date.now();
  const result = parse(input);
  const elapsed = Date.now() - started;
  if (elapsed > SLOW_MS) throw new Error(`parse took ${elapsed} ms for ${JSON.stringify(input)}`);
  if (result.ast) {
    expect(result.errors).toEqual([]);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.message).toMatch(/\S/);
    expect(error.errorId).toMatch(/^[A-Za-z]+$/);
    expect(error.extent.start).toBeGreaterThanOrEqual(0);
    expect(error.extent.end).toBeGreaterThanOrEqual(error.extent.start);
    expect(error.extent.end).toBeLessThanOrEqual(input.length + 1);
  }
}

describe('parser fuzzing', () => {
  it('never throws or hangs on mutated scripts', () => {
    fc.assert(fc.property(mutatedArb, checkParse), { numRuns: 3000, seed: SEED });
  }, 180_000);

  it('never throws or hangs on generated token soup', () => {
    fc.assert(fc.property(generatedArb, checkParse), { numRuns: 2000, seed: SEED + 1 });
  }, 180_000);

  it('never throws on arbitrary unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkParse), { numRuns: 1000, seed: SEED + 2 });
  }, 180_000);
});
