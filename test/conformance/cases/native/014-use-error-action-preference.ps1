# $PSNativeCommandUseErrorActionPreference makes a non-zero exit an error record
$PSNativeCommandUseErrorActionPreference
$PSNativeCommandUseErrorActionPreference = $true
sh -c 'exit 3'
"after: $? $LASTEXITCODE"
try {
  $ErrorActionPreference = 'Stop'
  sh -c 'exit 4'
  'not reached'
} catch {
  $_.FullyQualifiedErrorId
  $_.Exception.GetType().FullName
  $_.Exception.Message
  $_.Exception.ExitCode
  $_.TargetObject -replace '^.*/', ''
}
$ErrorActionPreference = 'Continue'
sh -c 'exit 0'
"ok: $?"
$ErrorActionPreference = 'SilentlyContinue'
sh -c 'exit 6'
"silent: $? $LASTEXITCODE"
