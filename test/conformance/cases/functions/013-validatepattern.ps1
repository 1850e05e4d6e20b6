function Set-Code { param([ValidatePattern('^[A-Z]{3}$')] [string] $Code) "Code=$Code" }
Set-Code 'ABC'
Set-Code 'abcd'
