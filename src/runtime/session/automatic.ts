// The variables a new session starts with: preference variables, automatic variables and $PSVersionTable in
// pwsh's shape with psnode's values.

import * as os from 'os';
import { Hashtable, Version, EnumValue, typedArray } from '../values';
import { setVariableIn } from '../compiler/variables';
import { actionPreference } from '../pipeline/common-parameters';
import type { Engine } from '../engine';
import { HostInfo } from './host-info';
import { PSStyleValue } from '../types/psstyle';

export const PSNODE_VERSION = '7.6.9';

export function psVersionTable(): Hashtable {
  const h = new Hashtable();
  h.set('PSVersion', new SemanticVersionValue(PSNODE_VERSION));
  h.set('PSEdition', 'Core');
  h.set('GitCommitId', PSNODE_VERSION);
  h.set('OS', `${os.type()} ${os.release()}`);
  h.set('Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix');
  h.set('PSCompatibleVersions', typedArray(['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '7.6.9'].map((v) => Version.parse(v.includes('.') && v.split('.').length === 2 ? v : v)!), 'System.Version'));
  h.set('PSRemotingProtocolVersion', new Version(2, 4));
  h.set('SerializationVersion', new Version(1, 1, 0, 1));
  h.set('WSManStackVersion', new Version(3, 0));
  return h;
}

/** System.Management.Automation.SemanticVersion (what $PSVersionTable.PSVersion is). */
export class SemanticVersionValue {
  readonly Major: number;
  readonly Minor: number;
  readonly Patch: number;
  constructor(readonly text: string) {
    const [a, b, c] = text.split('.').map(Number);
    this.Major = a;
    this.Minor = b;
    this.Patch = c;
  }
  toString(): string {
    return this.text;
  }
}

export function initializeSessionVariables(engine: Engine): void {
  const g = engine.globalScope;
  const set = (name: string, value: unknown) => setVariableIn(g, name, value);
  set('ErrorActionPreference', actionPreference('Continue'));
  set('WarningPreference', actionPreference('Continue'));
  set('VerbosePreference', actionPreference('SilentlyContinue'));
  set('DebugPreference', actionPreference('SilentlyContinue'));
  set('InformationPreference', actionPreference('SilentlyContinue'));
  set('ProgressPreference', actionPreference('Continue'));
  set('ConfirmPreference', new EnumValue('System.Management.Automation.ConfirmImpact', 'High', 3));
  set('WhatIfPreference', false);
  set('FormatEnumerationLimit', 4);
  set('ErrorView', new EnumValue('System.Management.Automation.ErrorView', 'ConciseView', 2));
  set('MaximumHistoryCount', 4096);
  set('Error', engine.errors);
  set('PSVersionTable', psVersionTable());
  set('HOME', process.env.HOME ?? os.homedir());
  set('PID', process.pid);
  set('Host', new HostInfo());
  set('PSHOME', process.env.PSNODE_HOME ?? '');
  set('ShellId', 'Microsoft.PowerShell');
  set('PSEdition', 'Core');
  // The first and last token of the last line the host read: none yet (the REPL sets them per line).
  set('^', null);
  set('$', null);
  set('PSCulture', '');
  set('PSUICulture', '');
  set('IsLinux', process.platform === 'linux');
  set('IsMacOS', process.platform === 'darwin');
  set('IsWindows', process.platform === 'win32');
  set('IsCoreCLR', true);
  set('NestedPromptLevel', 0);
  set('LASTEXITCODE', null);
  set('PSStyle', new PSStyleValue(process.env.NO_COLOR ? 'PlainText' : 'Host'));
  setVariableIn(g, 'PSNativeCommandArgumentPassing', new EnumValue('System.Management.Automation.NativeArgumentPassingStyle', 'Standard', 1), 'System.Management.Automation.NativeArgumentPassingStyle');
  setVariableIn(g, 'PSNativeCommandUseErrorActionPreference', false, 'System.Boolean');
  g.vars.delete('lastexitcode');
  for (const n of ['true', 'false', 'null']) g.vars.delete(n);
}
