Split-Path -Leaf $MyInvocation.MyCommand.Path
$PSScriptRoot -eq (Get-Location).Path
