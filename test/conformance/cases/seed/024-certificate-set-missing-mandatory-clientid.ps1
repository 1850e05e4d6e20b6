function Connect-Entra {
    [CmdletBinding(DefaultParameterSetName = 'UserParameterSet')]
    param(
        [Parameter(ParameterSetName = 'UserParameterSet', Position = 1)]
        [string[]] $Scopes,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Mandatory, Position = 1)]
        [Parameter(ParameterSetName = 'UserParameterSet')]
        [Parameter(ParameterSetName = 'IdentityParameterSet')]
        [Alias('AppId', 'ApplicationId')]
        [string] $ClientId,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Position = 2)]
        [Alias('CertificateSubject', 'CertificateName')]
        [string] $CertificateSubjectName,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet', Position = 3)]
        [string] $CertificateThumbprint,
        [Parameter(ParameterSetName = 'AppCertificateParameterSet')]
        [Parameter(ParameterSetName = 'AppSecretCredentialParameterSet')]
        [Parameter(ParameterSetName = 'UserParameterSet', Position = 4)]
        [Alias('Audience', 'Tenant')]
        [string] $TenantId,
        [Parameter(ParameterSetName = 'AppSecretCredentialParameterSet')]
        [pscredential] $ClientSecretCredential,
        [Parameter(ParameterSetName = 'IdentityParameterSet', Position = 1)]
        [Alias('ManagedIdentity', 'ManagedServiceIdentity', 'MSI')]
        [switch] $Identity,
        [ValidateNotNullOrEmpty()]
        [Alias('EnvironmentName', 'NationalCloud')]
        [string] $Environment,
        [switch] $NoWelcome
    )
    "set: $($PSCmdlet.ParameterSetName)"
    foreach ($key in $PSBoundParameters.Keys | Sort-Object) { "${key}=$($PSBoundParameters[$key])" }
}
Connect-Entra -CertificateThumbprint 'YOUR_CERT_THUMBPRINT'
