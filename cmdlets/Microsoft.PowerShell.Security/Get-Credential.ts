// Get-Credential: psnode has no interactive prompt for credentials, so it behaves as pwsh -NonInteractive does:
// it writes the prompt's caption and first field to the host, then fails with pwsh's NonInteractive error.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { PSCredential } from '../../src/runtime/values';
import { SecurityMsg } from './messages';

interface Params {
  Credential?: PSCredential;
  Message?: string;
  UserName?: string;
  Title?: string;
}

const GetCredential: CommandDefinition<Params> = {
  name: 'Get-Credential',
  module: 'Microsoft.PowerShell.Security',
  implementingType: 'Microsoft.PowerShell.Commands.GetCredentialCommand',
  defaultParameterSet: 'CredentialSet',
  supportsCommonParameters: true,
  outputType: ['System.Management.Automation.PSCredential'],
  parameters: [
    { name: 'Credential', type: 'System.Management.Automation.PSCredential', sets: [{ name: 'CredentialSet', position: 0 }], validation: [{ kind: 'NotNull' }] },
    { name: 'Message', type: 'System.String', sets: [{ name: 'MessageSet' }], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'UserName', type: 'System.String', sets: [{ name: 'MessageSet', position: 0 }], validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'Title', type: 'System.String', sets: [{ name: 'MessageSet' }], validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    if (ctx.params.Credential) {
      ctx.writeObject(ctx.params.Credential);
      return;
    }
    const { Title, Message } = ctx.params;
    ctx.session.host.write(`\n${Title ?? SecurityMsg.CredentialCaption}\n${Message ?? SecurityMsg.CredentialMessage}\n${SecurityMsg.CredentialUserPrompt}`);
    ctx.throwTerminatingError(ctx.newError('InvalidOperation', SecurityMsg.NonInteractive, 'InvalidOperation', null, 'System.Management.Automation.PSInvalidOperationException'));
  },
};

export default GetCredential;
