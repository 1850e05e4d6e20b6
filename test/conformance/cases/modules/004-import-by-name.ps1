# Import-Module by name searches $env:PSModulePath for Name/Name.psm1.
$root = Join-Path $PSScriptRoot 'modules'
New-Item -ItemType Directory -Path "$root/Hello" -Force | Out-Null
Set-Content -Path "$root/Hello/Hello.psm1" -Value 'function Say-Hello { "hello from $($MyInvocation.MyCommand.Name)" }'
$env:PSModulePath = $root
Import-Module Hello -DisableNameChecking
Say-Hello
(Get-Module Hello).Name
(Get-Module Hello).ModuleType
