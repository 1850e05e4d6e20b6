// Trees for argument-mode and expression-mode inputs. Each expected tree was checked against the AST pwsh 7.6.9
// builds for the same input ([System.Management.Automation.Language.Parser]::ParseInput).
import { statementShapes } from './shape';

type Case = [input: string, statements: string[]];

// Argument mode: barewords, expandable barewords, parameters, numbers only before a delimiter, arrays, redirections.
const ARGUMENT_MODE: Case[] = [
  ["Get-ChildItem Cert:\\CurrentUser\\My\\$CertThumbprint", [
    "Pipe(Cmd(Str:BareWord:Get-ChildItem, XStr:BareWord:Cert:\\CurrentUser\\My\\$CertThumbprint(Var:$CertThumbprint)))",
  ]],
  ["Set-Thing -Name:value -Count:5 -Force:$false -Path: C:\\x", [
    "Pipe(Cmd(Str:BareWord:Set-Thing, Param:Name:(Str:BareWord:value), Param:Count:(Num:Int32:5), Param:Force:(Var:$false), Param:Path:(Str:BareWord:C:\\x)))",
  ]],
  ["echo -5 5 -5.5 0x10 1kb --x - --", [
    "Pipe(Cmd(Str:BareWord:echo, Str:BareWord:-5, Num:Int32:5, Str:BareWord:-5.5, Num:Int32:16, Num:Int32:1024, Str:BareWord:--x, Str:BareWord:-, Param:-))",
  ]],
  ["echo 1..3 10.0.0.1 1foo", [
    "Pipe(Cmd(Str:BareWord:echo, Str:BareWord:1..3, Str:BareWord:10.0.0.1, Str:BareWord:1foo))",
  ]],
  ["echo a,b c, d", [
    "Pipe(Cmd(Str:BareWord:echo, Array(Str:BareWord:a, Str:BareWord:b), Array(Str:BareWord:c, Str:BareWord:d)))",
  ]],
  ["echo 'foo'bar a'b' \"x\"y", [
    "Pipe(Cmd(Str:BareWord:echo, Str:SingleQuoted:foo, Str:BareWord:bar, Str:BareWord:ab, Str:DoubleQuoted:x, Str:BareWord:y))",
  ]],
  ["echo $HOME/foo $HOME $HOME.Length $a[0] $a.b() ${a}x $(1)", [
    "Pipe(Cmd(Str:BareWord:echo, XStr:BareWord:$HOME/foo(Var:$HOME), Var:$HOME, Member(Var:$HOME, Str:BareWord:Length), Index(Var:$a, Num:Int32:0), Invoke(Var:$a, Str:BareWord:b), XStr:BareWord:${a}x(Var:$a), Sub(Stmts(Pipe(Expr(Num:Int32:1))))))",
  ]],
  ["echo C:\\x\\$name.cer ./x/$y/z", [
    "Pipe(Cmd(Str:BareWord:echo, XStr:BareWord:C:\\x\\$name.cer(Var:$name), XStr:BareWord:./x/$y/z(Var:$y)))",
  ]],
  ["echo @params @{a=1} @(1,2) (1+2) {1}", [
    "Pipe(Cmd(Str:BareWord:echo, Var:@params, Hash(Str:BareWord:a, Pipe(Expr(Num:Int32:1))), ArrayExpr(Stmts(Pipe(Expr(Array(Num:Int32:1, Num:Int32:2))))), Paren(Pipe(Expr(Bin:Plus(Num:Int32:1, Num:Int32:2)))), Block(ScriptBlock(NamedBlock(Pipe(Expr(Num:Int32:1)))))))",
  ]],
  ["echo a#b #comment", [
    "Pipe(Cmd(Str:BareWord:echo, Str:BareWord:a#b))",
  ]],
  ["echo a`tb a`\\ b", [
    "Pipe(Cmd(Str:BareWord:echo, Str:BareWord:a\tb, Str:BareWord:a\\, Str:BareWord:b))",
  ]],
  ["echo > out.txt 2>&1 *> all.txt 3>&1 4>> v.txt", [
    "Pipe(Cmd(Str:BareWord:echo, Redirect(Str:BareWord:out.txt), Merge, Redirect(Str:BareWord:all.txt), Merge, Redirect(Str:BareWord:v.txt)))",
  ]],
  ["echo [int] [int]::MaxValue =x a=b", [
    "Pipe(Cmd(Str:BareWord:echo, Str:BareWord:[int], Str:BareWord:[int]::MaxValue, Str:BareWord:=x, Str:BareWord:a=b))",
  ]],
  ["foreach-object { $_ } | where { $_ }", [
    "Pipe(Cmd(Str:BareWord:foreach-object, Block(ScriptBlock(NamedBlock(Pipe(Expr(Var:$_)))))), Cmd(Str:BareWord:where, Block(ScriptBlock(NamedBlock(Pipe(Expr(Var:$_)))))))",
  ]],
  ["& $sb 1; & 'x y'; . ./lib.ps1; .{1}", [
    "Pipe(Cmd:Ampersand(Var:$sb, Num:Int32:1))",
    "Pipe(Cmd:Ampersand(Str:SingleQuoted:x y))",
    "Pipe(Cmd:Dot(Str:BareWord:./lib.ps1))",
    "Pipe(Cmd:Dot(Block(ScriptBlock(NamedBlock(Pipe(Expr(Num:Int32:1)))))))",
  ]],
  ["echo hi>out.txt a<b $x>y", [
    "Pipe(Cmd(Str:BareWord:echo, Str:BareWord:hi>out.txt, Str:BareWord:a<b, XStr:BareWord:$x>y(Var:$x)))",
  ]],
  ["Add-Memb$xer -N a", [
    "Pipe(Cmd(Str:BareWord:Add-Memb$xer, Param:N, Str:BareWord:a))",
  ]],
  ["Get-A |\n  Get-B\n| Get-C", [
    "Pipe(Cmd(Str:BareWord:Get-A), Cmd(Str:BareWord:Get-B), Cmd(Str:BareWord:Get-C))",
  ]],
];

// Expression mode: precedence, unary operators, numbers and their .NET types, strings, members, types, hashtables.
const EXPRESSION_MODE: Case[] = [
  ["1 + 2 * 3 - 4 / 2 % 3", [
    "Pipe(Expr(Bin:Minus(Bin:Plus(Num:Int32:1, Bin:Multiply(Num:Int32:2, Num:Int32:3)), Bin:Rem(Bin:Divide(Num:Int32:4, Num:Int32:2), Num:Int32:3))))",
  ]],
  ["1 -eq 2 -or 3 -lt 4 -and -not $x", [
    "Pipe(Expr(Bin:And(Bin:Or(Bin:Ieq(Num:Int32:1, Num:Int32:2), Bin:Ilt(Num:Int32:3, Num:Int32:4)), Unary:Not(Var:$x))))",
  ]],
  ["$a -band 1 -bor 2 -bxor 3 -shl 1 -shr 2", [
    "Pipe(Expr(Bin:Bxor(Bin:Bor(Bin:Band(Var:$a, Num:Int32:1), Num:Int32:2), Bin:Shr(Bin:Shl(Num:Int32:3, Num:Int32:1), Num:Int32:2))))",
  ]],
  ["1 ?? 2 -eq 3", [
    "Pipe(Expr(Bin:Ieq(Bin:QuestionQuestion(Num:Int32:1, Num:Int32:2), Num:Int32:3)))",
  ]],
  ["1, 2 -join \",\"", [
    "Pipe(Expr(Bin:Join(Array(Num:Int32:1, Num:Int32:2), Str:DoubleQuoted:,)))",
  ]],
  ["$x = 1, 2 + 3", [
    "Assign:Equals(Var:$x, Pipe(Expr(Bin:Plus(Array(Num:Int32:1, Num:Int32:2), Num:Int32:3))))",
  ]],
  ["-not $a -eq $b", [
    "Pipe(Expr(Bin:Ieq(Unary:Not(Var:$a), Var:$b)))",
  ]],
  ["-split \"a b\" -join 1", [
    "Pipe(Expr(Bin:Join(Unary:Isplit(Str:DoubleQuoted:a b), Num:Int32:1)))",
  ]],
  ["$a ? 1 : $b ? 2 : 3", [
    "Pipe(Expr(Ternary(Var:$a, Num:Int32:1, Ternary(Var:$b, Num:Int32:2, Num:Int32:3))))",
  ]],
  ["$a -ceq \"A\" -or $a -ilike \"a*\" -or $a -notmatch \"x\" -or $a -cnotcontains 1", [
    "Pipe(Expr(Bin:Or(Bin:Or(Bin:Or(Bin:Ceq(Var:$a, Str:DoubleQuoted:A), Bin:Ilike(Var:$a, Str:DoubleQuoted:a*)), Bin:Inotmatch(Var:$a, Str:DoubleQuoted:x)), Bin:Cnotcontains(Var:$a, Num:Int32:1))))",
  ]],
  ["$a -is [int] -and $a -isnot [string] -and ($a -as [long])", [
    "Pipe(Expr(Bin:And(Bin:And(Bin:Is(Var:$a, TypeExpr:int), Bin:IsNot(Var:$a, TypeExpr:string)), Paren(Pipe(Expr(Bin:As(Var:$a, TypeExpr:long)))))))",
  ]],
  ["\"{0}\" -f 1 -replace \"1\", \"2\"", [
    "Pipe(Expr(Bin:Ireplace(Bin:Format(Str:DoubleQuoted:{0}, Num:Int32:1), Array(Str:DoubleQuoted:1, Str:DoubleQuoted:2))))",
  ]],
  ["$x++; $x--; ++$x; --$x; -$x; +$x; !$x; -bnot $x", [
    "Pipe(Expr(Unary:PostfixPlusPlus(Var:$x)))",
    "Pipe(Expr(Unary:PostfixMinusMinus(Var:$x)))",
    "Pipe(Expr(Unary:PlusPlus(Var:$x)))",
    "Pipe(Expr(Unary:MinusMinus(Var:$x)))",
    "Pipe(Expr(Unary:Minus(Var:$x)))",
    "Pipe(Expr(Unary:Plus(Var:$x)))",
    "Pipe(Expr(Unary:Exclaim(Var:$x)))",
    "Pipe(Expr(Unary:Bnot(Var:$x)))",
  ]],
  ["1, 2, 1e3, 1.5, .5, 1d, 1.50d, 1l, 5000000000, 0xFFFFFFFF, 0x100000000, 1kb, 2gb, 1.5mb, 0b101, 1u, 1y, 1uy, 1s, 1us, 1ul, 1n, 99999999999999999999, -2147483648, -1", [
    "Pipe(Expr(Array(Num:Int32:1, Num:Int32:2, Num:Double:1000, Num:Double:1.5, Num:Double:0.5, Num:Decimal:1, Num:Decimal:1.50, Num:Int64:1, Num:Int64:5000000000, Num:Int32:-1, Num:Int64:4294967296, Num:Int32:1024, Num:Int64:2147483648, Num:Double:1572864, Num:Int32:5, Num:UInt32:1, Num:SByte:1, Num:Byte:1, Num:Int16:1, Num:UInt16:1, Num:UInt64:1, Num:BigInteger:1, Num:Decimal:99999999999999999999, Num:Int32:-2147483648, Num:Int32:-1)))",
  ]],
  ["'it''s', \"a`tb`n\", \"`$x $x ${y} $env:PATH $script:a $(1+1) $$ $? $_\", \"say \"\"hi\"\"\"", [
    "Pipe(Expr(Array(Str:SingleQuoted:it's, Str:DoubleQuoted:a\tb\n, XStr:DoubleQuoted:$x $x ${y} $env:PATH $script:a $(1+1) $$ $? $_(Var:$x, Var:$y, Var:$env:PATH, Var:$script:a, Sub(Stmts(Pipe(Expr(Bin:Plus(Num:Int32:1, Num:Int32:1))))), Var:$$, Var:$?, Var:$_), Str:DoubleQuoted:say \"hi\")))",
  ]],
  ["@\"\nHello $name\n  `$literal\n\"@", [
    "Pipe(Expr(XStr:DoubleQuotedHereString:Hello $name\n  $literal(Var:$name)))",
  ]],
  ["@'\nraw $x\n'@", [
    "Pipe(Expr(Str:SingleQuotedHereString:raw $x))",
  ]],
  ["$a.b.c, $a::b, $a?.b, $a?[0], $a.\"b c\", $a.$b, $a.(\"x\"), [int]::Parse(\"1\"), $a.M(1, 2), $a.ForEach{ $_ }", [
    "Pipe(Expr(Array(Member(Member(Var:$a, Str:BareWord:b), Str:BareWord:c), Member:static(Var:$a, Str:BareWord:b), Member(Var:$a?, Str:BareWord:b), Index(Var:$a?, Num:Int32:0), Member(Var:$a, Str:DoubleQuoted:b c), Member(Var:$a, Var:$b), Member(Var:$a, Paren(Pipe(Expr(Str:DoubleQuoted:x)))), Invoke:static(TypeExpr:int, Str:BareWord:Parse, Str:DoubleQuoted:1), Invoke(Var:$a, Str:BareWord:M, Num:Int32:1, Num:Int32:2), Invoke(Var:$a, Str:BareWord:ForEach, Block(ScriptBlock(NamedBlock(Pipe(Expr(Var:$_)))))))))",
  ]],
  ["[string[]]$a, [System.Collections.Generic.List[string]]::new(), [Dictionary[string,int]], [int[,]], [ordered]@{}", [
    "Pipe(Expr(Array(Convert(Type:string[], Var:$a), Invoke:static(TypeExpr:System.Collections.Generic.List[string], Str:BareWord:new), TypeExpr:Dictionary[string,int], TypeExpr:int[,], Convert(Type:ordered, Hash))))",
  ]],
  ["@{ a = 1; \"b\" = 2; 3 = @(1); c = if ($x) { 1 } else { 2 } }", [
    "Pipe(Expr(Hash(Str:BareWord:a, Pipe(Expr(Num:Int32:1)), Str:DoubleQuoted:b, Pipe(Expr(Num:Int32:2)), Num:Int32:3, Pipe(Expr(ArrayExpr(Stmts(Pipe(Expr(Num:Int32:1)))))), Str:BareWord:c, IfStatement(Pipe(Expr(Var:$x)), Stmts(Pipe(Expr(Num:Int32:1))), Stmts(Pipe(Expr(Num:Int32:2)))))))",
  ]],
  ["${env:ProgramFiles(x86)}, $global:x, $local:y, $private:z, $using:w, $variable:v", [
    "Pipe(Expr(Array(Var:$env:ProgramFiles(x86), Var:$global:x, Var:$local:y, Var:$private:z, UsingExpression(Var:$w), Var:$variable:v)))",
  ]],
  [",1", [
    "Pipe(Expr(Array(Num:Int32:1)))",
  ]],
  ["$a, $b = 1, 2", [
    "Assign:Equals(Array(Var:$a, Var:$b), Pipe(Expr(Array(Num:Int32:1, Num:Int32:2))))",
  ]],
  ["$h[\"k\"] += 1", [
    "Assign:PlusEquals(Index(Var:$h, Str:DoubleQuoted:k), Pipe(Expr(Num:Int32:1)))",
  ]],
  ["a && b || c", [
    "PipelineChain(PipelineChain(Pipe(Cmd(Str:BareWord:a)), Pipe(Cmd(Str:BareWord:b))), Pipe(Cmd(Str:BareWord:c)))",
  ]],
  ["a | b -x | c &", [
    "Pipe(Cmd(Str:BareWord:a), Cmd(Str:BareWord:b, Param:x), Cmd(Str:BareWord:c))",
  ]],
  ["$a = +1-1", [
    "Assign:Equals(Var:$a, Pipe(Expr(Bin:Minus(Num:Int32:1, Num:Int32:1))))",
  ]],
];

// A `[` right after a type literal starts another cast (pwsh never indexes a type literal); `::`, `.` stay member access.
const NESTED_CASTS: Case[] = [
  ["[int][char]'A'", ["Pipe(Expr(Convert(Type:int, Convert(Type:char, Str:SingleQuoted:A))))"]],
  ["[int][char]$x", ["Pipe(Expr(Convert(Type:int, Convert(Type:char, Var:$x))))"]],
  ["[string[]][int[]]@(1)", ["Pipe(Expr(Convert(Type:string[], Convert(Type:int[], ArrayExpr(Stmts(Pipe(Expr(Num:Int32:1))))))))"]],
  ["[int][char][byte]1", ["Pipe(Expr(Convert(Type:int, Convert(Type:char, Convert(Type:byte, Num:Int32:1)))))"]],
  ["[int] [char]65", ["Pipe(Expr(Convert(Type:int, Convert(Type:char, Num:Int32:65))))"]],
  ["[int][char]", ["Pipe(Expr(Convert(Type:int, TypeExpr:char)))"]],
  ["[int][char]::MaxValue", ["Pipe(Expr(Convert(Type:int, Member:static(TypeExpr:char, Str:BareWord:MaxValue))))"]],
  ["[ValidateNotNull()][int]$x = 1", ["Assign:Equals(AttributedExpression(Attribute, Convert(Type:int, Var:$x)), Pipe(Expr(Num:Int32:1)))"]],
  ["[int]", ["Pipe(Expr(TypeExpr:int))"]],
  ["[int].Name", ["Pipe(Expr(Member(TypeExpr:int, Str:BareWord:Name)))"]],
  ["[int]::MaxValue[0]", ["Pipe(Expr(Index(Member:static(TypeExpr:int, Str:BareWord:MaxValue), Num:Int32:0)))"]],
  ["[int[]](1,2)[0]", ["Pipe(Expr(Convert(Type:int[], Index(Paren(Pipe(Expr(Array(Num:Int32:1, Num:Int32:2)))), Num:Int32:0))))"]],
  ["$a[0]", ["Pipe(Expr(Index(Var:$a, Num:Int32:0)))"]],
];

describe('argument mode', () => {
  it.each(ARGUMENT_MODE)('%j', (input, statements) => {
    expect(statementShapes(input)).toEqual(statements);
  });
});

describe('expression mode', () => {
  it.each(EXPRESSION_MODE)('%j', (input, statements) => {
    expect(statementShapes(input)).toEqual(statements);
  });
});

describe('nested casts', () => {
  it.each(NESTED_CASTS)('%j', (input, statements) => {
    expect(statementShapes(input)).toEqual(statements);
  });
});

describe('statement layout', () => {
  it.each([
    ['foreach ($i in 1..3)\n{ $i }', 'ForEachStatement'],
    ['while ($x)\n{ }', 'WhileStatement'],
    ['for ($i = 0; $i -lt 1; $i++)\n{ }', 'ForStatement'],
    ['if ($x)\n{ 1 }\nelseif ($y)\n{ 2 }\nelse\n{ 3 }', 'IfStatement'],
    ['try\n{ 1 }\ncatch\n{ 2 }\nfinally\n{ 3 }', 'TryStatement'],
    ['switch ($x)\n{\n  1 { "one" }\n}', 'SwitchStatement'],
    ['function f\n{\n  param($a)\n  $a\n}', 'FunctionDefinition'],
  ])('accepts braces on their own line: %j', (input, statement) => {
    expect(statementShapes(input)[0].split('(')[0]).toBe(statement);
  });
});
