Set-StrictMode -Version Latest
$undefinedVariable
