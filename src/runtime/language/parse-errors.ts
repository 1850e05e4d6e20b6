// ParseError objects (ErrorId, Message, Extent, IncompleteInput) and the ParseException pwsh throws for text that
// does not parse ([scriptblock]::Create), with its message: each error's position and text, a blank line between.

import type { ParseError } from '../../parser/ast';
import { registerType, registerExceptionMembers, findType, DotNetException, type TypeAdapter } from '../values';
import { positionMessage } from '../types';
import { invocationFromExtent } from '../pipeline/invocation-info';
import { ScriptExtent } from './extent';

export class ParseErrorObject {
  constructor(readonly error: ParseError) {}
  /** `At line:1 char:5` + the line + the marker + the message, as ParseError.ToString(). */
  toString(): string {
    return `${positionMessage(invocationFromExtent(this.error.extent, ''))}\n${this.error.message}`;
  }
}

export function parseException(errors: ParseError[]): DotNetException {
  const objects = errors.map((e) => new ParseErrorObject(e));
  const ex = new DotNetException('System.Management.Automation.ParseException', objects.map(String).join('\n\n'));
  ex.data.Errors = objects;
  return ex;
}

registerType({
  fullName: 'System.Management.Automation.Language.ParseError',
  jsClass: ParseErrorObject,
  properties: [
    { name: 'Extent', type: 'System.Management.Automation.Language.IScriptExtent', get: (p: ParseErrorObject) => ScriptExtent.of(p.error.extent) },
    { name: 'ErrorId', type: 'string', get: (p: ParseErrorObject) => p.error.errorId },
    { name: 'Message', type: 'string', get: (p: ParseErrorObject) => p.error.message },
    { name: 'IncompleteInput', type: 'bool', get: (p: ParseErrorObject) => p.error.incompleteInput },
  ],
  toString: (p: ParseErrorObject) => p.toString(),
});

const parseExceptionType: TypeAdapter = {
  ...findType('System.Exception')!,
  fullName: 'System.Management.Automation.ParseException',
  baseTypes: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  jsClass: undefined,
  isInstance: () => false,
  properties: [
    { name: 'Errors', type: 'System.Management.Automation.Language.ParseError[]', get: (e: DotNetException) => e.data.Errors ?? null },
    ...findType('System.Exception')!.properties!,
  ],
};
registerExceptionMembers(parseExceptionType);
