# -File, -Raw and -NoNewline are FileSystem dynamic parameters: on Env: they do not exist.
$env:PSNODE_CASE = 'value'
Get-ChildItem Env: -File
Get-Content Env:PSNODE_CASE -Raw
Set-Content Env:PSNODE_CASE 'other' -NoNewline
Get-ChildItem Variable: -Directory
$env:PSNODE_CASE
Set-Content data.txt 'one' -NoNewline
Get-Content data.txt -Raw
Get-ChildItem -File -Name
