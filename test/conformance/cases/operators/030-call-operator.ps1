$cmd = 'Write-Output'
& $cmd 'called'
$sb = { param($x) "got $x" }
& $sb 42
& { 'inline block' }
