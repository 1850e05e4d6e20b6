# 2>$null drops stderr; $? stays True, $LASTEXITCODE is the exit code
sh -c 'echo gone 1>&2' 2>$null
"q=$? lec=$LASTEXITCODE"
sh -c 'echo gone 1>&2; exit 3' 2>$null
"q=$? lec=$LASTEXITCODE"
$x = sh -c 'echo kept; echo gone 1>&2' 2>$null
$x
