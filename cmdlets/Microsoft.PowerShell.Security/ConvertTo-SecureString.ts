// ConvertTo-SecureString: plain text (-AsPlainText; in PowerShell 7 -Force is accepted and not needed), the hex blob
// ConvertFrom-SecureString writes without a key, or the AES envelope it writes with -Key/-SecureKey.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { SecureString } from '../../src/runtime/values';
import { fmt } from '../../src/runtime/messages';
import { SecurityMsg } from './messages';
import { decryptWithKey, fromHexBlob } from './shared/secure-string-codec';
import { keyBytes } from './shared/key-bytes';

interface Params {
  String: string;
  AsPlainText?: boolean;
  Force?: boolean;
  SecureKey?: SecureString;
  Key?: unknown[];
}

const ConvertToSecureString: CommandDefinition<Params> = {
  name: 'ConvertTo-SecureString',
  module: 'Microsoft.PowerShell.Security',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToSecureStringCommand',
  defaultParameterSet: 'Secure',
  supportsCommonParameters: true,
  outputType: ['System.Security.SecureString'],
  parameters: [
    { name: 'String', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'AsPlainText', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'PlainText', position: 1 }] },
    { name: 'Force', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'PlainText', position: 2 }] },
    { name: 'SecureKey', type: 'System.Security.SecureString', sets: [{ name: 'Secure', position: 1 }] },
    { name: 'Key', type: 'System.Byte[]', sets: [{ name: 'Open' }] },
  ],
  process(ctx) {
    const { String: text, AsPlainText, Key, SecureKey } = ctx.params;
    if (AsPlainText) {
      ctx.writeObject(new SecureString(text));
      return;
    }
    const key = keyBytes(Key, SecureKey);
    if (key) {
      const plain = decryptWithKey(text, key);
      if (plain === undefined) {
        ctx.writeError(ctx.newError('ImportSecureString_InvalidArgument_CryptographicError', SecurityMsg.IncompleteBlock, 'InvalidArgument', text, 'System.Security.Cryptography.CryptographicException'));
        return;
      }
      ctx.writeObject(new SecureString(plain));
      return;
    }
    const plain = fromHexBlob(text);
    if (plain === undefined) {
      ctx.writeError(ctx.newError('ImportSecureString_InvalidArgument', fmt(SecurityMsg.InvalidEncryptedString, text), 'InvalidArgument', null, 'System.Management.Automation.PSArgumentException'));
      return;
    }
    ctx.writeObject(new SecureString(plain));
  },
};

export default ConvertToSecureString;
