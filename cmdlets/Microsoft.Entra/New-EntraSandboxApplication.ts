// New-EntraSandboxApplication: registers an application in the sandbox tenant, with a certificate's public key
// and/or a new client secret (shown once) and Graph application permissions granted.
import type { CommandDefinition } from '../../src/runtime/command-types';
import type { X509Certificate2 } from '../../src/pki/certificate';
import { certificatePem } from '../../src/pki/sign-in-material';
import { PSObject } from '../../src/runtime/values';
import { addSandboxApplication } from '../../src/sandbox/index';

interface Params {
  DisplayName: string;
  Certificate?: X509Certificate2;
  NewSecret?: boolean;
  Permission?: string[];
}

const NewEntraSandboxApplication: CommandDefinition<Params> = {
  name: 'New-EntraSandboxApplication',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  parameters: [
    { name: 'DisplayName', type: 'System.String', position: 0, mandatory: true },
    { name: 'Certificate', type: 'System.Security.Cryptography.X509Certificates.X509Certificate2', valueFromPipeline: true },
    { name: 'NewSecret', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Permission', type: 'System.String[]' },
  ],
  process(ctx) {
    const { DisplayName, Certificate, NewSecret, Permission } = ctx.params;
    const created = addSandboxApplication({
      displayName: DisplayName,
      certificate: Certificate && certificatePem(Certificate),
      newSecret: NewSecret,
      permissions: Permission,
    });
    ctx.writeObject(
      PSObject.fromEntries([
        ['DisplayName', created.displayName],
        ['ApplicationId', created.applicationId],
        ['ObjectId', created.objectId],
        ['ServicePrincipalId', created.servicePrincipalId],
        ['TenantId', created.tenantId],
        ['CertificateThumbprint', created.certificateThumbprint ?? null],
        ['ClientSecret', created.clientSecret ?? null],
      ]),
    );
  },
};

export default NewEntraSandboxApplication;
