# A mandatory string[] parameter rejects an empty or null element, on the command line and from the pipeline.
Get-Content -Path 'x', ''
[pscustomobject]@{ Path = '' } | Get-Content
[pscustomobject]@{ Path = $null } | Get-Content
function Test-Names { param([Parameter(Mandatory, ValueFromPipeline)][string[]]$Name) process { "names: $($Name -join '+')" } }
'a', '', 'b' | Test-Names
Test-Names -Name 'c', $null
