# pwsh shows Tee-Object's file errors as its inner out-file's, underlining the whole pipeline.
'd' | Tee-Object -Path 'none[1].txt' | Out-Null
'next'
