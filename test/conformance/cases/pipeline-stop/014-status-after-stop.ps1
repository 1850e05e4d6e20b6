# $? stays True after a stop, so && goes on and || does not.
1..5 | Select-Object -First 1 && 'and: ran'
1..5 | Select-Object -First 1 || 'or: never shown'
Get-ChildItem -Path . -Force | Select-Object -First 0
"after a cmdlet: $?"
$global:x = 0
1..3 | ForEach-Object { $global:x++; $_ } | Select-Object -First 1 | Out-Null
"x: $global:x status: $?"
