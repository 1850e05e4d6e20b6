# The four phases: by value without coercion, by property name without coercion, by value with coercion, by
# property name with coercion; each object picks its parameter set.
function Test-Phase {
  [CmdletBinding(DefaultParameterSetName = 'Number')]
  param(
    [Parameter(ParameterSetName = 'Number', ValueFromPipeline)][int]$Number,
    [Parameter(ParameterSetName = 'Named', ValueFromPipelineByPropertyName)][string]$Name
  )
  begin { "begin $($PSCmdlet.ParameterSetName)" }
  process { "$($PSCmdlet.ParameterSetName): Number=$Number Name=$Name" }
}
1, [pscustomobject]@{ Name = 'n' }, '7', [pscustomobject]@{ Other = 1 }, 'zz' | Test-Phase
function Test-Sets {
  [CmdletBinding()]
  param(
    [Parameter(ParameterSetName = 'I', ValueFromPipeline)][int]$I,
    [Parameter(ParameterSetName = 'S', ValueFromPipeline)][string]$S
  )
  begin { "begin $($PSCmdlet.ParameterSetName)" }
  process { "$($PSCmdlet.ParameterSetName) I=$I S=$S" }
}
1, 'a', 2.5 | Test-Sets
