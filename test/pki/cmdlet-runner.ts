// Runs PKI cmdlets as the binder would call them, on a providers test session with the Cert: drive: bound
// parameters in, output objects, error records, warnings and host text out.
import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { errorRecord } from '../../src/runtime/error-factory';
import { ErrorRecord } from '../../src/runtime/values';
import { certificateProviderRegistration } from '../../src/providers/certificate';
import { newSession, Terminated, TestSession } from '../providers/harness';

export interface CmdletResult {
  output: unknown[];
  errors: ErrorRecord[];
  warnings: string[];
}

export interface CertSession extends TestSession {
  hostText: string[];
}

export function newCertSession(): CertSession {
  const t = newSession() as CertSession;
  const registration = certificateProviderRegistration();
  const info = t.state.addProvider(registration.provider);
  for (const drive of registration.drives) t.state.addDrive(drive.name, info, drive.root, drive.description ?? '');
  t.hostText = [];
  (t.session as unknown as { host: unknown }).host = { write: (text: string) => t.hostText.push(text), nonInteractive: true, width: 80 };
  return t;
}

export function runCmdlet(t: CertSession, def: CommandDefinition<any>, params: Record<string, unknown>): CmdletResult {
  const result: CmdletResult = { output: [], errors: [], warnings: [] };
  const ctx = {
    params: { ...params },
    boundParameterNames: new Set(Object.keys(params)),
    parameterSetName: def.defaultParameterSet ?? '__AllParameterSets',
    inputObject: undefined,
    writeObject: (v: unknown) => result.output.push(v),
    writeError: (r: ErrorRecord) => result.errors.push(r),
    writeWarning: (m: string) => result.warnings.push(m),
    throwTerminatingError: (r: ErrorRecord) => {
      throw new Terminated(r);
    },
    newError: (id: string, message: string, category: never, target: unknown, type?: string) => errorRecord(id, message, category, type, target ?? null),
    shouldProcess: () => true,
    session: t.session,
  } as unknown as CommandContext<any>;
  def.begin?.(ctx);
  def.process?.(ctx);
  def.end?.(ctx);
  return result;
}
