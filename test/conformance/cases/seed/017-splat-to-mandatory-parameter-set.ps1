function Connect-Entra {
    [CmdletBinding(DefaultParameterSetName = 'UserParameterSet')]
    param(
        [Parameter(ParameterSetName = 'UserParameterSet')]
        [string[]] $Scopes,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Mandatory)]
        [string] $ClientId,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet')]
        [string] $CertificateThumbprint,
        [Parameter(ParameterSetName = 'IdentityParameterSet')]
        [switch] $Identity
    )
    $PSCmdlet.ParameterSetName
}
Connect-Entra -Identity
Connect-Entra -Scopes 'User.Read.All', 'Group.Read.All'
Connect-Entra -CertificateThumbprint 'ABC' -Identity
