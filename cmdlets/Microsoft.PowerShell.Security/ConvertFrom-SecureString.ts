// ConvertFrom-SecureString: the plain text (-AsPlainText), the AES envelope (-Key/-SecureKey), or on Unix, with no
// key, the hex of the UTF-16LE text (pwsh has no DPAPI there).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { SecureString, revealSecureString } from '../../src/runtime/values';
import { encryptWithKey, toHexBlob } from './shared/secure-string-codec';
import { keyBytes } from './shared/key-bytes';

interface Params {
  SecureString: SecureString;
  AsPlainText?: boolean;
  SecureKey?: SecureString;
  Key?: unknown[];
}

const ConvertFromSecureString: CommandDefinition<Params> = {
  name: 'ConvertFrom-SecureString',
  module: 'Microsoft.PowerShell.Security',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand',
  defaultParameterSet: 'Secure',
  supportsCommonParameters: true,
  outputType: ['System.String'],
  parameters: [
    { name: 'SecureString', type: 'System.Security.SecureString', position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'AsPlainText', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'AsPlainText' }] },
    { name: 'SecureKey', type: 'System.Security.SecureString', sets: [{ name: 'Secure', position: 1 }] },
    { name: 'Key', type: 'System.Byte[]', sets: [{ name: 'Open' }] },
  ],
  process(ctx) {
    const plain = revealSecureString(ctx.params.SecureString);
    if (ctx.params.AsPlainText) {
      ctx.writeObject(plain);
      return;
    }
    const key = keyBytes(ctx.params.Key, ctx.params.SecureKey);
    ctx.writeObject(key ? encryptWithKey(plain, key) : toHexBlob(plain));
  },
};

export default ConvertFromSecureString;
