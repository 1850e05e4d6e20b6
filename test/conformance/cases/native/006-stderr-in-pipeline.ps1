# merged stderr records flow down the pipeline as objects
sh -c 'echo a 1>&2; echo b 1>&2' 2>&1 | ForEach-Object { "[$($_.GetType().Name)] $_" }
sh -c 'echo c 1>&2' 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { $_.Exception.Message.ToUpper() }
$y = & { sh -c 'echo in-block 1>&2' } 2>&1
$y.GetType().Name
function g { sh -c 'echo in-function 1>&2' }
$z = g 2>&1
"$($z.GetType().Name): $z"
