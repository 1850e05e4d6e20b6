New-Item -ItemType File dup.txt | Out-Null
New-Item -ItemType File dup.txt
