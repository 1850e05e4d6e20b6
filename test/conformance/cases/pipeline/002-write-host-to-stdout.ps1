Write-Host 'host line'
Write-Host 'no newline' -NoNewline
Write-Host ' continued'
Write-Host 'a', 'b' -Separator '|'
