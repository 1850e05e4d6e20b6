// Microsoft.Entra and Microsoft.Graph.Authentication cmdlets through the engine, against the sandbox.
import { DEMO } from '../../src/sandbox/demo/demo-tenant';
import { useSandboxRunspace } from './helpers/sandbox-runspace';

// The sandbox makes its keys on first start, which takes seconds on a busy machine.
jest.setTimeout(120_000);

const ps = useSandboxRunspace();
const APP = DEMO.applicationId;
const TENANT = DEMO.tenantId;
const THUMBPRINT = DEMO.certificateThumbprint;
const catchError = (command: string) =>
  `try { ${command} -ErrorAction Stop } catch { $_.Exception.Message; $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId }`;

describe('Connect-Entra parameter checks (terminating, as ValidateParameters)', () => {
  test('a thumbprint that is not 40 characters', () => {
    const [message, type, id] = ps.lines(catchError(`Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ABC`));
    expect(message).toBe("'CertificateThumbprint' must have a length of 40. Ensure you have the right certificate thumbprint then try again.");
    expect(type).toBe('System.ArgumentException');
    expect(id).toMatch(/^[0-9a-f-]{36},Microsoft\.Graph\.PowerShell\.Authentication\.Cmdlets\.ConnectMgGraph$/);
  });

  test('no tenant for a certificate sign-in', () => {
    expect(ps.lines(catchError(`Connect-Entra -ClientId ${APP} -CertificateThumbprint ${THUMBPRINT}`))[0]).toBe("Must specify 'TenantId'.");
  });

  test('-Identity with -TenantId: no parameter set has both', () => {
    expect(ps.lines(catchError('Connect-Entra -Identity -TenantId x'))[0]).toBe(
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    );
  });

  test('-Cert is an ambiguous prefix', () => {
    expect(ps.lines(catchError('Connect-Entra -Cert x'))[0]).toBe(
      "Parameter cannot be processed because the parameter name 'Cert' is ambiguous. Possible matches include: -CertificateSubjectName -CertificateThumbprint -Certificate.",
    );
  });

  test('aliases of the module: -AppId, -Tenant, -CertificateSubject', () => {
    expect(ps.lines(`Connect-Entra -AppId ${APP} -Tenant ${TENANT} -CertificateSubject '${DEMO.certificateSubject}' -NoWelcome; (Get-EntraContext).CertificateSubjectName`)).toEqual([
      DEMO.certificateSubject,
    ]);
  });

  test('an unknown environment', () => {
    expect(ps.lines(catchError('Connect-Entra -Environment Mars -Identity'))[0]).toBe(
      "Unable to find environment with name 'Mars'. Use Get-MgEnvironment to list available environments.",
    );
  });
});

describe('sign-in failures: non-terminating, the session cleared', () => {
  test('a wrong secret', () => {
    const out = ps.lines(`
      Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -NoWelcome
      $secret = ConvertTo-SecureString -String 'wrong' -AsPlainText -Force
      $credential = New-Object System.Management.Automation.PSCredential -ArgumentList '${APP}', $secret
      Connect-Entra -TenantId ${TENANT} -ClientSecretCredential $credential -ErrorAction SilentlyContinue
      'next statement ran'
      $Error[0].Exception.Message
      $Error[0].Exception.GetType().FullName
      $null -eq (Get-MgContext)
      $null -eq (Get-EntraContext)`);
    expect(out[0]).toBe('next statement ran');
    expect(out[1]).toMatch(
      /^ClientSecretCredential authentication failed: A configuration issue is preventing authentication - check the error message from the server for details\. You can modify the configuration in the application registration portal\. See https:\/\/aka\.ms\/msal-net-invalid-client for details\.  Original exception: AADSTS7000215: Invalid client secret provided\./,
    );
    expect(out.slice(2)).toEqual(['Azure.Identity.AuthenticationFailedException', 'True', 'True']);
  });

  test('a certificate missing from the store', () => {
    const out = ps.lines(`Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${'A'.repeat(40)} -ErrorAction SilentlyContinue; $Error[0].Exception.Message`);
    expect(out).toEqual([`Certificate with thumbprint '${'A'.repeat(40)}' was not found in certificate store or has expired.`]);
  });

  test('an unknown application and an unknown tenant', () => {
    const app = '11111111-2222-3333-4444-555555555555';
    const out = ps.lines(`
      Connect-Entra -ClientId ${app} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -ErrorAction SilentlyContinue; $Error[0].Exception.Message
      Connect-Entra -ClientId ${APP} -TenantId contoso.example -CertificateThumbprint ${THUMBPRINT} -ErrorAction SilentlyContinue; $Error[0].Exception.Message`);
    expect(out[0]).toMatch(new RegExp(`^ClientCertificateCredential authentication failed: AADSTS700016: Application with identifier '${app}' was not found in the directory 'psnode Sandbox'\\.`));
    expect(out[1]).toMatch(/^ClientCertificateCredential authentication failed: AADSTS90002: Tenant 'contoso\.example' not found\./);
  });
});

describe('session commands', () => {
  test('Disconnect-Entra returns the old context, then has nothing to sign out from', () => {
    const out = ps.lines(`
      Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -NoWelcome
      (Disconnect-Entra).ClientId
      Disconnect-Entra -ErrorAction SilentlyContinue
      $Error[0].Exception.Message
      $Error[0].CategoryInfo.Category`);
    expect(out).toEqual([APP, 'No application to sign out from.', 'CloseError']);
  });

  test('the AzureAD-era aliases and Get-EntraCurrentSessionInfo', () => {
    const out = ps.lines(`
      Connect-AzureAD -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -NoWelcome
      (Get-EntraCurrentSessionInfo).EntraPSVersion
      (Disconnect-AzureAD).AuthType`);
    expect(out).toEqual(['1.3.0', 'AppOnly']);
  });

  test('the context\'s types: AuthContext, its enums and string[] scopes', () => {
    const out = ps.lines(`
      Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -NoWelcome
      $context = Get-MgContext
      $context.GetType().FullName
      $context.AuthType.GetType().FullName
      $context.Scopes.GetType().FullName
      $context.Scopes -join ','`);
    expect(out).toEqual([
      'Microsoft.Graph.PowerShell.Authentication.AuthContext',
      'Microsoft.Graph.PowerShell.Authentication.AuthenticationType',
      'System.String[]',
      DEMO.grantedRoles.join(','),
    ]);
  });

  test('Invoke-MgGraphRequest: hashtables by default, PSObject on request, the module\'s errors', () => {
    const out = ps.lines(`
      Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -NoWelcome
      $users = Invoke-MgGraphRequest -Uri 'v1.0/users?$top=2'
      $users.GetType().FullName
      $users.value.Count
      (Invoke-MgGraphRequest -Method GET -Uri '/v1.0/groups?$top=1' -OutputType PSObject).value[0].displayName
      try { Invoke-MgGraphRequest -Uri v1.0/users/nobody } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
      Disconnect-Entra | Out-Null
      try { Invoke-MgGraphRequest -Uri v1.0/users } catch { $_.Exception.Message }`);
    expect(out).toEqual([
      'System.Collections.Hashtable',
      '2',
      'All Company',
      'Response status code does not indicate success: NotFound (Not Found).',
      'InvokeGraphHttpResponseException,Microsoft.Graph.PowerShell.Authentication.Cmdlets.InvokeMgGraphRequest',
      'Authentication needed. Please call Connect-MgGraph.',
    ]);
  });
});

describe('Get-Entra* over Graph', () => {
  test('Get-EntraUser: the model type, the ObjectId alias, -Top, -Filter, by id', () => {
    const out = ps.lines(`
      Connect-Entra -ClientId ${APP} -TenantId ${TENANT} -CertificateThumbprint ${THUMBPRINT} -NoWelcome
      $users = Get-EntraUser -Top 2
      $users.Count
      $users[0].PSObject.TypeNames[0]
      $users[0].ObjectId -eq $users[0].Id
      (Get-EntraUser -Filter "startswith(displayName,'Megan')").DisplayName
      (Get-EntraUser -UserId $users[1].Id).DisplayName -eq $users[1].DisplayName
      (Get-EntraUser -All).Count -ge 12`);
    expect(out).toEqual(['2', 'Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser', 'True', 'Megan Bowen', 'True', 'True']);
  });

  test('Get-EntraUser before Connect-Entra: Entra\'s own text', () => {
    ps.lines('if (Get-EntraContext) { Disconnect-Entra | Out-Null }');
    expect(ps.lines(catchError('Get-EntraUser'))[0]).toBe("Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes User.Read.All' to authenticate.");
  });

  test('a secret made by New-EntraServicePrincipalPasswordCredential signs in on the next Connect-Entra', () => {
    const out = ps.lines(`
      $cert = New-SelfSignedCertificate -Subject 'CN=psnode rotation test' -CertStoreLocation 'Cert:\\CurrentUser\\My' -KeyLength 2048
      $app = New-EntraSandboxApplication -DisplayName 'rotation test' -Certificate $cert -Permission 'Application.ReadWrite.All'
      Connect-Entra -ClientId $app.ApplicationId -TenantId $app.TenantId -CertificateThumbprint $cert.Thumbprint -NoWelcome
      $new = New-EntraServicePrincipalPasswordCredential -ServicePrincipalId $app.ServicePrincipalId -DisplayName 'rotated'
      $new.PSObject.TypeNames[0]
      $new.DisplayName
      $new.Hint -eq $new.SecretText.Substring(0, 3)
      $secret = ConvertTo-SecureString -String $new.SecretText -AsPlainText -Force
      $credential = New-Object System.Management.Automation.PSCredential -ArgumentList $app.ApplicationId, $secret
      Connect-Entra -TenantId $app.TenantId -ClientSecretCredential $credential -NoWelcome
      (Get-EntraContext).TokenCredentialType
      (Get-EntraContext).ClientId -eq $app.ApplicationId`);
    expect(out).toEqual(['Microsoft.Graph.PowerShell.Models.MicrosoftGraphPasswordCredential', 'rotated', 'True', 'ClientSecret', 'True']);
  });
});

describe('a Sandbox session', () => {
  test('presets $CertThumbprint (the page uses it unassigned) without overriding a script\'s own value', () => {
    expect(ps.lines('Get-MgEnvironment | Out-Null; $CertThumbprint')).toEqual([THUMBPRINT]);
    expect(ps.lines('$CertThumbprint = "mine"; Get-MgEnvironment | Out-Null; $CertThumbprint')).toEqual(['mine']);
  });
});

describe('environments', () => {
  test('Get-MgEnvironment lists the clouds; Add and Remove a user-defined one', () => {
    const out = ps.lines(`
      (Get-MgEnvironment).Name -join ','
      $added = Add-MgEnvironment -Name Canary -AzureADEndpoint https://login.microsoftonline.com -GraphEndpoint https://canary.graph.microsoft.com
      $added.GetType().FullName
      $added.Type
      (Get-EntraEnvironment -Name canary).GraphEndpoint
      (Remove-MgEnvironment -Name Canary).Name
      try { Remove-MgEnvironment -Name Global } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`);
    expect(out).toEqual([
      'China,Global,USGov,USGovDoD',
      'Microsoft.Graph.PowerShell.Authentication.GraphEnvironment',
      'User-defined',
      'https://canary.graph.microsoft.com',
      'Canary',
      'Cannot remove built-in environment Global.',
      'System.InvalidOperationException,Microsoft.Graph.PowerShell.Authentication.Cmdlets.RemoveMgEnvironment',
    ]);
  });
});
