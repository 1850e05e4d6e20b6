# Script functions bind by property name through names and aliases; a parameter the previous object bound gets its
# default value back (its name stays in $PSBoundParameters, as in pwsh).
function Show-Path {
  param(
    [Parameter(ValueFromPipelineByPropertyName)][string]$Path = 'none',
    [Parameter(ValueFromPipelineByPropertyName)][Alias('PSPath')][string]$LiteralPath
  )
  process { "Path=$Path LiteralPath=$LiteralPath bound=$($PSBoundParameters.Keys -join ',')" }
}
[pscustomobject]@{ Path = 'p' }, [pscustomobject]@{ PSPath = 'q' }, [pscustomobject]@{ Path = 'p'; PSPath = 'q' } | Show-Path
'text' | Show-Path
