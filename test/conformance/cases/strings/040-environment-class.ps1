[Environment]::NewLine.Length
[Environment]::SetEnvironmentVariable('PSNODE_CASE_ENV', 'set-by-dotnet')
[Environment]::GetEnvironmentVariable('PSNODE_CASE_ENV')
$env:PSNODE_CASE_ENV
$null -eq [Environment]::GetEnvironmentVariable('PSNODE_CASE_ENV_UNSET')
