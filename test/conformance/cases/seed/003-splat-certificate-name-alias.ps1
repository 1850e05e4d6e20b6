function Connect-Entra {
    [CmdletBinding(DefaultParameterSetName = 'UserParameterSet')]
    param(
        [Parameter(ParameterSetName = 'UserParameterSet', Position = 1)]
        [string[]] $Scopes,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Mandatory, Position = 1)]
        [Parameter(ParameterSetName = 'UserParameterSet')]
        [Alias('AppId', 'ApplicationId')]
        [string] $ClientId,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Position = 2)]
        [Alias('CertificateSubject', 'CertificateName')]
        [string] $CertificateSubjectName,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Position = 3)]
        [string] $CertificateThumbprint,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet')]
        [Parameter(ParameterSetName = 'UserParameterSet', Position = 4)]
        [Alias('Audience', 'Tenant')]
        [string] $TenantId
    )
    "set: $($PSCmdlet.ParameterSetName)"
    $PSBoundParameters.Keys | Sort-Object
}
$params = @{
ClientId = 'YOUR_APP_ID'
TenantId = 'YOUR_TENANT_ID'
CertificateName = 'YOUR_CERT_SUBJECT'
}
Connect-Entra @params
