# Invoke-Command's $input in a process clause, with -NoNewScope (the caller's $input comes back), and with a begin block.
1, 2 | Invoke-Command { process { "process: [$($input -join ',')]" } }
1, 2 | Invoke-Command -NoNewScope { "no new scope: [$($input -join ',')]" }
function Test-Input { 1, 2 | Invoke-Command -NoNewScope { $gathered = @($input) }; "gathered $($gathered.Count), own input [$($input -join ',')]" }
5 | Test-Input
$_ = 'outer'
1, 2 | Invoke-Command { "dollar-under: [$_]" }
1, 2 | Invoke-Command { param([Parameter(ValueFromPipeline)]$v) "v=[$v]" }
# ForEach-Object gives the caller's $_ back.
1, 2 | ForEach-Object { }
"after: [$_]"
Invoke-Command -InputObject 1, 2 { "one input: $(@($input).Count)" }
try { Invoke-Command { begin { 'b' } } } catch { $_.FullyQualifiedErrorId }
try { Invoke-Command { process { 'p' } end { 'e' } } } catch { $_.FullyQualifiedErrorId }
