# Callbacks that run in a child scope (calculated properties, Sort-Object keys, .Invoke()) see the caller's
# variables, and what they assign does not outlive them; a param block in .ForEach() binds in its own scope.
$k = 3
$r = 1..3 | Select-Object @{ Name = 'Triple'; Expression = { $calc = $_; $_ * $k } }
"$($r.Triple) calc=[$calc]"
$m = 2
$s = 1..4 | Sort-Object { $key = $_; $_ % $m }
"$s key=[$key]"
$sb = { $invoked = 4; $k + 1 }
"$($sb.Invoke()) invoked=[$invoked]"
(1..2).ForEach({ param($p) "p=$p" }, 7)
"p after=[$p]"
function Get-Seen { $local = 'function'; (1..2).ForEach({ $local }) }
Get-Seen
