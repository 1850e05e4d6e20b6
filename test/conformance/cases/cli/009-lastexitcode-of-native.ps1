$LASTEXITCODE -eq $null
& /bin/sh -c 'exit 3'
$LASTEXITCODE
& /bin/sh -c 'echo from-native'
$LASTEXITCODE
