# A module exporting a command with an unapproved verb warns once; -DisableNameChecking keeps it quiet.
Set-Content -Path "$PSScriptRoot/Verbs.psm1" -Value @'
function Fetch-Data { 'fetched' }
function Get-Data { 'got' }
function plainname { 'plain' }
'@
Import-Module "$PSScriptRoot/Verbs.psm1"
Fetch-Data
Import-Module "$PSScriptRoot/Verbs.psm1" -Force -DisableNameChecking
plainname
