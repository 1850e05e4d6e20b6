# With stdin redirected from /dev/null, a script's $input enumerates nothing.
"count: $(@($input).Count)"
$input | ForEach-Object { "never: $_" }
'done'
