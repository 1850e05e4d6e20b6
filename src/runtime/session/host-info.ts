// $Host: the host the session runs in. Its Version is psnode's own (what Connect-MgGraph records as PSHostVersion);
// the name stays pwsh's console host name, which scripts test for.

import { Guid, Version, registerType } from '../values';
import { version as packageVersion } from '../../../package.json';

export class HostInfo {
  readonly Name = 'ConsoleHost';
  readonly Version = Version.parse(packageVersion)!;
  private instanceId?: Guid;
  /** Made on first use: loading crypto at start-up costs more than most scripts run. */
  get InstanceId(): Guid {
    return (this.instanceId ??= new Guid((require('node:crypto') as typeof import('node:crypto')).randomUUID()));
  }
  readonly CurrentCulture = 'en-US';
  readonly CurrentUICulture = 'en-US';
}

registerType({
  fullName: 'System.Management.Automation.Internal.Host.InternalHost',
  baseTypes: ['System.Management.Automation.Host.PSHost'],
  jsClass: HostInfo,
  properties: (['Name', 'Version', 'InstanceId', 'CurrentCulture', 'CurrentUICulture'] as const).map((name) => ({
    name,
    get: (h: HostInfo) => h[name],
  })),
  toString: () => 'System.Management.Automation.Internal.Host.InternalHost',
});
