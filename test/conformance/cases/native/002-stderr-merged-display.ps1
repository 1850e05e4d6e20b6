# native stderr records display as their bare text in every error view
$r = sh -c 'echo e1 1>&2; echo e2 1>&2' 2>&1
$r
$ErrorView = 'NormalView'
$r
$ErrorView = 'CategoryView'
$r
sh -c 'echo direct 1>&2' 2>&1
