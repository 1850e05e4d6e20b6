Test-Path nope.txt
New-Item -ItemType File -Path here.txt | Out-Null
Test-Path here.txt
Test-Path -Path . -PathType Container
