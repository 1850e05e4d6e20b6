# FindAll over if/foreach/for/try/member/unary/redirection nodes
$a = { if ($c) { d } elseif ($e) { f } else { g }; foreach ($i in $l) { h }; for ($i=0; $i -lt 1; $i++) { k }; try { t } catch [Exception] { u } finally { v }; $o.M($p)[0]; -not $w; Get-Item -Path:$r -Force 2>&1 > out.txt }.Ast
$a.FindAll({ $true }, $true) | ForEach-Object { "{0} [{1}]" -f $_.GetType().Name, $_.Extent.Text }
