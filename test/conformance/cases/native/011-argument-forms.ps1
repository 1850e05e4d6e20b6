# how arguments reach a native command (Standard passing)
sh -c 'printf "[%s]" "$@"; echo' x a 'b c' "d e" f"g h"
sh -c 'printf "[%s]" "$@"; echo' x -flag -opt:value --long=1
sh -c 'printf "[%s]" "$@"; echo' x -opt: value
sh -c 'printf "[%s]" "$@"; echo' x 'has "quotes"' a\b
sh -c 'printf "[%s]" "$@"; echo' x a,b c, d
sh -c 'printf "[%s]" "$@"; echo' x @(1, 2) (3, 4)
sh -c 'printf "[%s]" "$@"; echo' x 1.50 $true 0x10
