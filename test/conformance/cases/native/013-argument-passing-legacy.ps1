# $PSNativeCommandArgumentPassing: Legacy joins and re-splits, drops empty strings; Windows acts as Standard on Linux
$PSNativeCommandArgumentPassing
$PSNativeCommandArgumentPassing.GetType().FullName
$PSNativeCommandArgumentPassing = 'Legacy'
sh -c 'printf "[%s]" "$@"; echo' x 'a b' '' 'c"d' 'e\"f'
$PSNativeCommandArgumentPassing = 'Windows'
sh -c 'printf "[%s]" "$@"; echo' x 'a b' '' 'c"d'
$PSNativeCommandArgumentPassing = 'Standard'
sh -c 'printf "[%s]" "$@"; echo' x 'a b' '' 'c"d'
