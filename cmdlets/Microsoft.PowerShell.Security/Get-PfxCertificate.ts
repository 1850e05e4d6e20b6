// Get-PfxCertificate: the certificate of each file (.pfx with its key, .cer, .pem), as pwsh 7.6.9 loads it, without
// the Cert: provider's notes. With no -Password it tries none, then prompts (which NonInteractive refuses).
import { readFileSync, statSync } from 'fs';
import type { CommandDefinition } from '../../src/runtime/command-types';
import { loadCertificate } from '../../src/pki';
import { providerState } from '../../src/providers/cmdlet-support';
import { PkiMsg } from '../PKI/messages';
import { passwordText, pkiErrorRecord } from '../PKI/shared/pki-support';
import { SecurityMsg } from './messages';

interface Params {
  FilePath?: string[];
  LiteralPath?: string[];
  Password?: unknown;
  NoPromptForPassword?: boolean;
}

const GetPfxCertificate: CommandDefinition<Params> = {
  name: 'Get-PfxCertificate',
  module: 'Microsoft.PowerShell.Security',
  implementingType: 'Microsoft.PowerShell.Commands.GetPfxCertificateCommand',
  defaultParameterSet: 'ByPath',
  supportsCommonParameters: true,
  outputType: ['System.Security.Cryptography.X509Certificates.X509Certificate2'],
  parameters: [
    { name: 'FilePath', type: 'System.String[]', sets: [{ name: 'ByPath', position: 0, mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], sets: [{ name: 'ByLiteralPath', mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'Password', type: 'System.Security.SecureString' },
    { name: 'NoPromptForPassword', type: 'System.Management.Automation.SwitchParameter' },
  ],
  process(ctx) {
    const state = providerState(ctx);
    const literal = ctx.params.LiteralPath !== undefined;
    const password = passwordText(ctx.params.Password);
    for (const path of (literal ? ctx.params.LiteralPath : ctx.params.FilePath) ?? []) {
      const files = resolveFiles(state, path, literal);
      if (files.length === 0) {
        ctx.writeError(ctx.newError('GetPfxCertCommandNoneOfTheFilesFound', PkiMsg.NoneOfTheFilesFound, 'ObjectNotFound', null, 'System.IO.FileNotFoundException'));
        continue;
      }
      for (const file of files) {
        try {
          ctx.writeObject(loadCertificate(readFileSync(file), { password }));
        } catch (error) {
          if (password === null && !ctx.params.NoPromptForPassword) {
            // pwsh asks for the password here; without a console it cannot.
            ctx.session.host.write(PkiMsg.EnterPassword);
            ctx.throwTerminatingError(ctx.newError('InvalidOperation', SecurityMsg.NonInteractive, 'InvalidOperation', null, 'System.Management.Automation.PSInvalidOperationException'));
          }
          ctx.writeError(pkiErrorRecord(ctx, error, 'GetPfxCertificateUnknownCryptoError'));
        }
      }
    }
  },
};

/** The regular files a path names (wildcards expanded unless literal); none when it names nothing or a directory. */
function resolveFiles(state: ReturnType<typeof providerState>, path: string, literal: boolean): string[] {
  try {
    const resolved = literal ? [state.resolveLiteral(path)] : state.resolveWildcard(path, { force: false, dynamicParameters: {} });
    return resolved
      .filter((r) => r.providerInfo.name === 'FileSystem')
      .map((r) => r.providerPath)
      .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile() === true);
  } catch {
    return [];
  }
}

export default GetPfxCertificate;
