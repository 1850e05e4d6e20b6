# $LASTEXITCODE and $? after native commands
sh -c 'exit 0'; "q=$? lec=$LASTEXITCODE"
sh -c 'exit 7'; "q=$? lec=$LASTEXITCODE"
$r = sh -c 'echo x; exit 2'; "r=$r lec=$LASTEXITCODE"
sh -c 'exit 255'; $LASTEXITCODE
sh -c 'kill -9 $$'; $LASTEXITCODE
function f { sh -c 'exit 5' }; f; "in function: $LASTEXITCODE"
