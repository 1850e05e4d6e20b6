// The seed page's snippets (../shared/seeds/snippets) parse verbatim to the trees pwsh 7.6.9 builds for them
// (checked against [System.Management.Automation.Language.Parser]::ParseInput).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../src/parser';
import { statementShapes } from './shape';

const SNIPPETS = path.resolve(__dirname, '../../../shared/seeds/snippets');

const EXPECTED: Record<string, string[]> = {
  '01-certificate-thumbprint.ps1': [
    'Assign:Equals(Var:$params, Pipe(Expr(Hash(Str:BareWord:ClientId, Pipe(Expr(Str:SingleQuoted:YOUR_APP_ID)), Str:BareWord:TenantId, Pipe(Expr(Str:SingleQuoted:YOUR_TENANT_ID)), Str:BareWord:CertificateThumbprint, Pipe(Expr(Str:SingleQuoted:YOUR_CERT_THUMBPRINT))))))',
    'Pipe(Cmd(Str:BareWord:Connect-Entra, Var:@params))',
  ],
  '02-list-my-store.ps1': [
    'Pipe(Cmd(Str:BareWord:Get-ChildItem, Str:BareWord:Cert:\\CurrentUser\\My))',
  ],
  '03-certificate-name.ps1': [
    'Assign:Equals(Var:$params, Pipe(Expr(Hash(Str:BareWord:ClientId, Pipe(Expr(Str:SingleQuoted:YOUR_APP_ID)), Str:BareWord:TenantId, Pipe(Expr(Str:SingleQuoted:YOUR_TENANT_ID)), Str:BareWord:CertificateName, Pipe(Expr(Str:SingleQuoted:YOUR_CERT_SUBJECT))))))',
    'Pipe(Cmd(Str:BareWord:Connect-Entra, Var:@params))',
  ],
  '04-certificate-subject.ps1': [
    'Pipe(Cmd(Str:BareWord:Get-ChildItem, XStr:BareWord:Cert:\\CurrentUser\\My\\$CertThumbprint(Var:$CertThumbprint)), Cmd(Str:BareWord:Select, Str:BareWord:Subject))',
  ],
  '05-certificate-object.ps1': [
    'Assign:Equals(Var:$cert, Pipe(Cmd(Str:BareWord:Get-ChildItem, XStr:BareWord:Cert:\\CurrentUser\\My\\$CertThumbprint(Var:$CertThumbprint))))',
    'Pipe(Cmd(Str:BareWord:Connect-Entra, Param:ClientId, Str:SingleQuoted:YOUR_APP_ID, Param:TenantId, Str:SingleQuoted:YOUR_TENANT_ID, Param:Certificate, Var:$cert))',
  ],
  '06-context.ps1': [
    'Pipe(Cmd(Str:BareWord:Get-EntraContext))',
  ],
  '07-client-secret.ps1': [
    'Assign:Equals(Var:$applicationClientId, Pipe(Expr(Str:SingleQuoted:<application(client)ID>)))',
    'Assign:Equals(Var:$applicationClientSecret, Pipe(Expr(Str:SingleQuoted:<secret.value>)))',
    'Assign:Equals(Var:$tenantId, Pipe(Expr(Str:SingleQuoted:Tenant_Id)))',
    'Assign:Equals(Var:$secureClientSecret, Pipe(Cmd(Str:BareWord:ConvertTo-SecureString, Param:String, Var:$applicationClientSecret, Param:AsPlainText, Param:Force)))',
    'Assign:Equals(Var:$clientSecretCredential, Pipe(Cmd(Str:BareWord:New-Object, Param:TypeName, Str:BareWord:System.Management.Automation.PSCredential, Param:ArgumentList, Array(Var:$applicationClientId, Var:$secureClientSecret))))',
    'Pipe(Cmd(Str:BareWord:Connect-Entra, Param:TenantId, Var:$tenantId, Param:ClientSecretCredential, Var:$clientSecretCredential))',
  ],
  '08-managed-identity-system.ps1': [
    'Pipe(Cmd(Str:BareWord:Connect-Entra, Param:Identity))',
  ],
  '09-managed-identity-user.ps1': [
    'Pipe(Cmd(Str:BareWord:Connect-Entra, Param:Identity, Param:ClientId, Str:SingleQuoted:User_Assigned_Managed_identity_Client_Id))',
  ],
};

const available = fs.existsSync(SNIPPETS);

describe('seed page snippets', () => {
  if (!available) {
    it('are skipped because ../shared is absent', () => {
      console.warn(`skipping seed snippet tests: ${SNIPPETS} does not exist`);
    });
    return;
  }

  const files = fs.readdirSync(SNIPPETS).filter((f) => f.endsWith('.ps1')).sort();

  it('covers every snippet file', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s parses without errors to the expected statements', (file) => {
    const text = fs.readFileSync(path.join(SNIPPETS, file), 'utf8');
    expect(parse(text, file).errors).toEqual([]);
    expect(statementShapes(text)).toEqual(EXPECTED[file]);
  });
});
