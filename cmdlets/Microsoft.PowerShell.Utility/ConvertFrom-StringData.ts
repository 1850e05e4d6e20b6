// ConvertFrom-StringData: `name = value` lines (blank lines and `#` comments skipped) into one hashtable per input
// string; values get Regex.Unescape's escapes.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { fmt } from '../../src/runtime/messages';
import { Hashtable } from '../../src/runtime/values';
import { regexUnescape } from '../../src/runtime/operators/regex-unescape';
import { UtilityMsg } from './messages';

interface Params {
  StringData: string;
  Delimiter?: string;
}

const ConvertFromStringData: CommandDefinition<Params> = {
  name: 'ConvertFrom-StringData',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromStringDataCommand',
  supportsCommonParameters: true,
  outputType: ['System.Collections.Hashtable'],
  parameters: [
    { name: 'StringData', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true },
    { name: 'Delimiter', type: 'System.Char', position: 1 },
  ],
  process(ctx) {
    const delimiter = ctx.params.Delimiter ?? '=';
    const result = new Hashtable();
    const fail = (message: string, line: string) =>
      ctx.throwTerminatingError(ctx.newError('InvalidOperation', message, 'InvalidOperation', line, 'System.Management.Automation.PSInvalidOperationException'));
    for (const raw of ctx.params.StringData.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const at = line.indexOf(delimiter);
      if (at < 0) fail(fmt(UtilityMsg.StringDataLineNotNameValue, line), line);
      const name = line.slice(0, at).trim();
      if (result.has(name)) fail(fmt(UtilityMsg.StringDataItemAlreadyDefined, name, line), line);
      result.set(name, regexUnescape(line.slice(at + 1).trim()));
    }
    ctx.writeObject(result);
  },
};

export default ConvertFromStringData;
