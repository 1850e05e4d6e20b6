# Import-Module of a folder loads the module file named after it.
$dir = Join-Path $PSScriptRoot 'Folder'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content -Path "$dir/Folder.psm1" -Value 'function Get-Folder { "from folder" }'
Import-Module $dir
Get-Folder
(Get-Module Folder).ModuleBase -eq $dir
