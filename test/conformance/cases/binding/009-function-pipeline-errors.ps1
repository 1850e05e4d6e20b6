# By property name a failed conversion is reported; a missing mandatory parameter is reported per object.
function Get-Count {
  [CmdletBinding()]
  param([Parameter(ValueFromPipelineByPropertyName)][int]$Count, [Parameter(ValueFromPipeline)]$InputObject)
  process { "Count=$Count" }
}
[pscustomobject]@{ Count = 'abc' }, [pscustomobject]@{ Count = '5' } | Get-Count
function Get-Name {
  param([Parameter(Mandatory, ValueFromPipelineByPropertyName)][string]$Name, [Parameter(ValueFromPipeline)]$InputObject)
  process { "Name=$Name" }
}
[pscustomobject]@{ Name = 'a' }, 'x' | Get-Name
function Get-Both {
  param([Parameter(ValueFromPipeline)][string]$S, [Parameter(ValueFromPipeline)][object]$O)
  process { "S=[$S] O=[$O]" }
}
$null | Get-Both
