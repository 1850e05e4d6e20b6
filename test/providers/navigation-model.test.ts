// The provider model with a Certificate-shaped navigation provider (locations → stores → items by thumbprint,
// '\' separator, case-insensitive, dynamic parameters): what the real Cert: provider plugs into.

import type { Provider, ProviderCallOptions, ProviderChild } from '../../src/runtime/providers-api';
import type { ParameterDefinition } from '../../src/runtime/command-types';
import GetChildItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-ChildItem';
import GetItem from '../../cmdlets/Microsoft.PowerShell.Management/Get-Item';
import GetLocation from '../../cmdlets/Microsoft.PowerShell.Management/Get-Location';
import SetLocation from '../../cmdlets/Microsoft.PowerShell.Management/Set-Location';
import JoinPath from '../../cmdlets/Microsoft.PowerShell.Management/Join-Path';
import ResolvePath from '../../cmdlets/Microsoft.PowerShell.Management/Resolve-Path';
import TestPath from '../../cmdlets/Microsoft.PowerShell.Management/Test-Path';
import { newSession, removeSession, run, note, errorLine, TestSession } from './harness';
import { PSObject, toDisplayString } from '../../src/runtime/values';

class FakeCertificate {
  constructor(readonly Thumbprint: string, readonly DnsNameList: string[]) {}
}

const TREE: Record<string, Record<string, FakeCertificate[]>> = {
  CurrentUser: {
    My: [new FakeCertificate('AAAA1111', ['a.example']), new FakeCertificate('BBBB2222', ['b.example'])],
    Root: [],
  },
  LocalMachine: { My: [] },
};

/** Only the shape matters here: the real provider lives in src/providers/certificate. */
class FakeCertificateProvider implements Provider {
  readonly name = 'Certificate';
  readonly moduleName = 'Microsoft.PowerShell.Security';
  readonly capabilities = ['ShouldProcess'] as const;
  readonly caseSensitive = false;
  readonly separator = '\\' as const;
  readonly isNavigation = true;

  private walk(path: string): { kind: 'root' | 'location' | 'store' | 'cert'; children?: ProviderChild[]; item?: unknown } | undefined {
    const segs = path.split('/').filter(Boolean).map((s) => s.toLowerCase());
    const find = <T>(rec: Record<string, T>, key: string) => Object.entries(rec).find(([k]) => k.toLowerCase() === key);
    if (segs.length === 0) return { kind: 'root', children: Object.keys(TREE).map((n) => ({ name: n, isContainer: true, item: n })) };
    const loc = find(TREE, segs[0]);
    if (!loc) return undefined;
    if (segs.length === 1) return { kind: 'location', item: loc[0], children: Object.keys(loc[1]).map((n) => ({ name: n, isContainer: true, item: n })) };
    const store = find(loc[1], segs[1]);
    if (!store) return undefined;
    const certs = store[1].map((c) => ({ name: c.Thumbprint, isContainer: false, item: c }));
    if (segs.length === 2) return { kind: 'store', item: store[0], children: certs };
    const cert = segs.length === 3 ? certs.find((c) => c.name.toLowerCase() === segs[2]) : undefined;
    return cert && { kind: 'cert', item: cert.item };
  }
  itemExists(path: string) {
    return this.walk(path) !== undefined;
  }
  isContainer(path: string) {
    return this.walk(path)?.kind !== 'cert';
  }
  getItem(path: string) {
    return this.walk(path)?.item;
  }
  getChildItems(path: string): ProviderChild[] {
    return this.walk(path)?.children ?? [];
  }
  dynamicParameters(commandName: string): ParameterDefinition[] | undefined {
    return commandName === 'Get-ChildItem' ? [{ name: 'DnsName', type: 'System.String' }] : undefined;
  }
  filterByDynamicParameters(children: ProviderChild[], opts: ProviderCallOptions): ProviderChild[] {
    const dns = opts.dynamicParameters.DnsName as string | undefined;
    return dns === undefined ? children : children.filter((c) => (c.item as FakeCertificate).DnsNameList.includes(dns));
  }
}

let t: TestSession;
beforeEach(() => {
  t = newSession();
  const info = t.state.addProvider(new FakeCertificateProvider());
  t.state.addDrive('Cert', info, '');
});
afterEach(() => removeSession(t));

const notes = (o: unknown) => (o as PSObject).propertyMembers().map((m) => `${m.name}=${toDisplayString(m.value)}`);

test('a store lists its items with provider-qualified parents in the typed casing; a trailing separator is the store', () => {
  const items = run(t, GetChildItem, { Path: ['Cert:\\CurrentUser\\My\\'] }).output;
  expect(items.map((o) => note(o, 'PSChildName'))).toEqual(['AAAA1111', 'BBBB2222']);
  expect(notes(items[0])).toEqual([
    'PSPath=Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My\\AAAA1111',
    'PSParentPath=Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
    'PSChildName=AAAA1111',
    'PSDrive=Cert',
    'PSProvider=Microsoft.PowerShell.Security\\Certificate',
    'PSIsContainer=False',
  ]);
  const lower = run(t, GetChildItem, { Path: ['cert:\\currentuser\\my'] }).output;
  expect(note(lower[0], 'PSParentPath')).toBe('Microsoft.PowerShell.Security\\Certificate::currentuser\\my');
});

test('the drive root lists locations, -Recurse walks stores, -Name gives relative names', () => {
  expect(run(t, GetChildItem, { Path: ['Cert:\\'], Name: true }).output).toEqual(['CurrentUser', 'LocalMachine']);
  expect(run(t, GetChildItem, { Path: ['Cert:\\'], Name: true, Recurse: true }).output).toEqual([
    'CurrentUser', 'LocalMachine', 'CurrentUser\\My', 'CurrentUser\\Root', 'CurrentUser\\My\\AAAA1111', 'CurrentUser\\My\\BBBB2222', 'LocalMachine\\My',
  ]);
});

test('Set-Location into a store, then relative paths; Join-Path and Resolve-Path use the provider separator', () => {
  run(t, SetLocation, { Path: 'Cert:\\CurrentUser\\My' });
  expect(run(t, GetLocation).output.map(String)).toEqual(['Cert:\\CurrentUser\\My']);
  expect(run(t, GetItem, { Path: ['bbbb2222'] }).output.map((o) => note(o, 'PSPath')))
    .toEqual(['Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My\\bbbb2222']);
  expect(run(t, GetChildItem, { Path: ['..\\Root'] }).output).toEqual([]);
  expect(run(t, JoinPath, { Path: ['Cert:\\CurrentUser'], ChildPath: ['My'] }).output).toEqual(['Cert:\\CurrentUser\\My']);
  expect(run(t, ResolvePath, { Path: ['Cert:\\CurrentUser\\M*'] }).output.map(String)).toEqual(['Cert:\\CurrentUser\\My']);
});

test('the provider contributes and applies dynamic parameters', () => {
  expect(GetChildItem.dynamicParameters!({ Path: ['Cert:\\CurrentUser\\My'] }, t.session).map((p) => p.name)).toEqual(['DnsName']);
  const r = run(t, GetChildItem, { Path: ['Cert:\\CurrentUser\\My'], DnsName: 'b.example' });
  expect(r.output.map((o) => note(o, 'PSChildName'))).toEqual(['BBBB2222']);
});

test('missing items', () => {
  expect(run(t, TestPath, { Path: ['Cert:\\CurrentUser\\My\\NOPE'] }).output).toEqual([false]);
  expect(run(t, GetItem, { Path: ['Cert:\\CurrentUser\\My\\NOPE'] }).errors.map(errorLine)).toEqual([
    "PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path 'Cert:\\CurrentUser\\My\\NOPE' because it does not exist.",
  ]);
});
