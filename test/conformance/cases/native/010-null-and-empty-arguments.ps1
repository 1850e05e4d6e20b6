# $null arguments are dropped; empty strings are passed
function show { sh -c 'printf "%s|" "$@"; echo' x @args }
show a $null b
show a '' b
show @('p', $null, 'q')
$n = $null
sh -c 'echo $#' x $n
sh -c 'echo $#' x ''
sh -c 'echo $#' x "" ''
