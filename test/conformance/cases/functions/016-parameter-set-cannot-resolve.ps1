function Invoke-Mode {
    [CmdletBinding()]
    param(
        [Parameter(ParameterSetName = 'A')] [switch] $Alpha,
        [Parameter(ParameterSetName = 'B')] [switch] $Beta
    )
    $PSCmdlet.ParameterSetName
}
Invoke-Mode -Alpha
Invoke-Mode -Alpha -Beta
