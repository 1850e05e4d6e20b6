// The FileSystem provider's dynamic parameters, as pwsh declares them per cmdlet: Get-ChildItem's -Attributes,
// -FollowSymlink, -Directory, -File, -Hidden, -ReadOnly, -System; Test-Path's -OlderThan/-NewerThan; Get-Content's
// -Delimiter, -Wait, -Raw, -Encoding, -AsByteStream; Set-/Add-Content's -NoNewline, -Encoding, -AsByteStream. The
// arguments the binder passes through untyped (-Encoding, -Attributes) are converted here, with pwsh's errors.

import type { ParameterDefinition } from '../../runtime/command-types';
import { providerError } from '../core/provider-errors';
import { fmt } from '../core/messages';
import { FileSystemMsg } from './messages';
import { AttributesExpression, AttributesExpressionError, parseAttributesExpression } from './attributes-expression';
import { encodingTransformation, TextEncoding } from './text-encoding';

// A name, a code page or an Encoding: the binder converts it (text-encoding.ts), reporting a bad one at the argument.
const ENCODING_PARAMETER: ParameterDefinition = {
  name: 'Encoding', type: 'System.Object', validation: [{ kind: 'NotNullOrEmpty' }], transformArgument: encodingTransformation,
};

const switchParam = (name: string, ...aliases: string[]): ParameterDefinition => ({ name, type: 'System.Management.Automation.SwitchParameter', aliases });

const DYNAMIC: Record<string, ParameterDefinition[] | undefined> = {
  'get-childitem': [
    // pwsh's FlagsExpression<FileAttributes>, parsed below (attributes-expression.ts).
    { name: 'Attributes', type: 'System.Object' },
    switchParam('FollowSymlink'), switchParam('Directory', 'ad'), switchParam('File', 'af'), switchParam('Hidden', 'ah', 'h'),
    switchParam('ReadOnly', 'ar'), switchParam('System', 'as'),
  ],
  'test-path': [{ name: 'OlderThan', type: 'System.DateTime', allowNull: true }, { name: 'NewerThan', type: 'System.DateTime', allowNull: true }],
  'get-content': [{ name: 'Delimiter', type: 'System.String' }, switchParam('Wait'), switchParam('Raw'), ENCODING_PARAMETER, switchParam('AsByteStream')],
  'set-content': [switchParam('NoNewline'), ENCODING_PARAMETER, switchParam('AsByteStream')],
  'add-content': [switchParam('NoNewline'), ENCODING_PARAMETER, switchParam('AsByteStream')],
};


/** -Attributes' argument parsed; text pwsh cannot convert stops the command with its binding error. */
function toAttributesExpression(value: unknown): AttributesExpression {
  const text = Array.isArray(value) ? value.map(String).join(',') : String(value);
  try {
    return parseAttributesExpression(text);
  } catch (e) {
    if (!(e instanceof AttributesExpressionError)) throw e;
    throw providerError('CannotConvertArgumentNoMessage', fmt(FileSystemMsg.AttributesConversion, text, e.message), 'InvalidArgument',
      'System.Management.Automation.ParameterBindingException', null, true);
  }
}

/** The FileSystem dynamic parameters of a cmdlet (undefined: none). */
export function fileSystemDynamicParameters(commandName: string): ParameterDefinition[] | undefined {
  return DYNAMIC[commandName.toLowerCase()];
}

/** The bound values with -Attributes converted (the binder converted -Encoding; UTF-7's obsolete warning goes to warn). */
export function transformFileSystemParameters(values: Record<string, unknown>, warn: (message: string) => void): Record<string, unknown> {
  const out = { ...values };
  if (values.Encoding !== undefined) {
    const encoding = values.Encoding as TextEncoding;
    if (encoding.warning) warn(encoding.warning);
    out.Encoding = encoding;
  }
  if (values.Attributes !== undefined) out.Attributes = toAttributesExpression(values.Attributes);
  return out;
}
