# stdout becomes one string per line; \r\n and a missing final newline are handled as pwsh does
$a = printf 'one\ntwo\r\nthree'
$a.Count
$a | ForEach-Object { "<$_>" }
$b = printf 'x\n\ny\n'
$b.Count
$c = printf ''
$null -eq $c
$d = printf 'single\n'
$d.GetType().FullName
