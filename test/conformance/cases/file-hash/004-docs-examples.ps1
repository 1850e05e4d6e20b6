# The examples of Get-FileHash's documentation page, on a local file.
Set-Content -Path powershell.tar.gz -Value 'not really an archive'
Get-FileHash powershell.tar.gz | Format-List
Get-FileHash powershell.tar.gz -Algorithm SHA384 | Format-List
