# --% passes the rest of the line verbatim, split on spaces, with %VAR% expanded
$env:PSNODE_T = 'expanded'
sh -c 'printf "[%s]" "$@"; echo' x --% a "b c" $notexpanded %PSNODE_T% 'q'
sh -c 'printf "[%s]" "$@"; echo' x --% a|b;c
"after"
