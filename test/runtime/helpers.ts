// Test helpers: run script text in a fresh runspace and get what pwsh would print (formatted output and
// errors, in order) or the output objects themselves.

import { createRunspace } from '../../src/host';
import { toDisplayString, ErrorRecord } from '../../src/runtime/values';

/** Output objects of a script, as their ToString() (errors as `ERR <FQID>: <message>`). */
export function lines(script: string): string[] {
  const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
  return rs.invoke(script).map((v) => (v instanceof ErrorRecord ? `ERR ${v.FullyQualifiedErrorId}: ${v.exception.message}` : toDisplayString(v)));
}

/** What the host prints for a script run like `psnode -Command` (stdout text). */
export function printed(script: string): string {
  let out = '';
  const rs = createRunspace({ write: (t) => (out += t), writeErrorLine: (t) => (out += t + '\n') });
  rs.runScript(script);
  return out;
}

/** The first output object's value. */
export function value(script: string): unknown {
  const rs = createRunspace({ write: () => undefined, writeErrorLine: () => undefined });
  return rs.invoke(script)[0];
}
