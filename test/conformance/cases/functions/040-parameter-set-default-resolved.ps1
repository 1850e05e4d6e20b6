function Invoke-Set {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)] [string] $Name,
        [Parameter(ParameterSetName = 'ById')] [int] $Id
    )
    $PSCmdlet.ParameterSetName
}
Invoke-Set
Invoke-Set 'n'
Invoke-Set -Id 3
