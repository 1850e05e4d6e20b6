// Get-Location, Set-Location, Push-Location, Pop-Location over drives: the current location per drive, '..' at
// a drive root, '/' and '\' for the file system root, '~', stacks, and pwsh's errors.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import GetLocation from '../../cmdlets/Microsoft.PowerShell.Management/Get-Location';
import SetLocation from '../../cmdlets/Microsoft.PowerShell.Management/Set-Location';
import PushLocation from '../../cmdlets/Microsoft.PowerShell.Management/Push-Location';
import PopLocation from '../../cmdlets/Microsoft.PowerShell.Management/Pop-Location';
import { newSession, removeSession, run, errorLine, TestSession } from './harness';
import { getPropertyValue, typeNameOf } from '../../src/runtime/values';

let t: TestSession;
beforeEach(() => {
  t = newSession();
  fs.mkdirSync(path.join(t.dir, 'sub'));
  fs.writeFileSync(path.join(t.dir, 'f.txt'), '');
});
afterEach(() => removeSession(t));

const pwd = () => String(getPropertyValue(run(t, GetLocation).output[0], 'Path'));
const cd = (p: string) => run(t, SetLocation, { Path: p });

test('Get-Location is a PathInfo on the root drive', () => {
  const [loc] = run(t, GetLocation).output;
  expect(typeNameOf(loc)).toBe('System.Management.Automation.PathInfo');
  expect(getPropertyValue(loc, 'Path')).toBe(t.dir);
  expect(String(getPropertyValue(loc, 'Drive'))).toBe('/');
  expect(String(getPropertyValue(getPropertyValue(loc, 'Provider'), 'Name'))).toBe('FileSystem');
  expect(getPropertyValue(loc, 'ProviderPath')).toBe(t.dir);
});

test('relative moves, other drives, and the drive roots', () => {
  cd('sub');
  expect(pwd()).toBe(`${t.dir}/sub`);
  cd('..');
  expect(pwd()).toBe(t.dir);
  cd('Env:');
  expect(pwd()).toBe('Env:/');
  cd('..');
  expect(pwd()).toBe('Env:/');
  cd('/');
  expect(pwd()).toBe('/');
  cd('Env:');
  cd('\\');
  expect(pwd()).toBe('/');
  cd('Temp:');
  expect(pwd()).toBe('Temp:/');
  cd('..');
  expect(pwd()).toBe('Temp:/');
  cd('~');
  expect(pwd()).toBe(process.env.HOME || os.homedir());
});

test('-PassThru, Get-Location -PSDrive, and the location kept per drive', () => {
  expect(run(t, SetLocation, { Path: 'sub', PassThru: true }).output.map(String)).toEqual([`${t.dir}/sub`]);
  cd('Env:');
  expect(run(t, GetLocation, { PSDrive: ['/'] }).output.map(String)).toEqual([`${t.dir}/sub`]);
  expect(run(t, GetLocation, { PSDrive: ['Q'] }).errors.map(errorLine)).toEqual([
    "GetLocationNoMatchingDrive | ObjectNotFound | System.Management.Automation.DriveNotFoundException | Cannot find drive. A drive with the name 'Q' does not exist.",
  ]);
});

test('errors: missing path, a file, missing drive, no home on Env:', () => {
  expect(cd('nope').errors.map(errorLine)).toEqual([
    `PathNotFound | ObjectNotFound | System.Management.Automation.ItemNotFoundException | Cannot find path '${t.dir}/nope' because it does not exist.`,
  ]);
  expect(cd('f.txt').errors.map((r) => r.exception.message)).toEqual(["Cannot find path 'f.txt' because it does not exist."]);
  expect(cd('Q:\\x').errors.map(errorLine)).toEqual([
    "DriveNotFound | ObjectNotFound | System.Management.Automation.DriveNotFoundException | Cannot find drive. A drive with the name 'Q' does not exist.",
  ]);
  expect(cd('Env:HOME').errors.map((r) => r.exception.message)).toEqual(["Cannot find path 'Env:HOME' because it does not exist."]);
  cd('Env:');
  expect(cd('~').errors.map(errorLine)).toEqual([
    'InvalidOperation | InvalidOperation | System.Management.Automation.PSInvalidOperationException | Home location for this provider is not set. To set the home location, call "(get-psprovider \'Environment\').Home = \'path\'".',
  ]);
  expect(pwd()).toBe('Env:/');
});

test('Push-Location and Pop-Location, default and named stacks', () => {
  run(t, PushLocation, { Path: 'sub' });
  expect(pwd()).toBe(`${t.dir}/sub`);
  run(t, PopLocation);
  expect(pwd()).toBe(t.dir);
  expect(run(t, PopLocation)).toEqual({ output: [], errors: [], warnings: [] });
  run(t, PushLocation, { Path: '/tmp' });
  run(t, PushLocation, { Path: '/' });
  const [stack] = run(t, GetLocation, { Stack: true }, { set: 'Stack' }).output;
  expect(typeNameOf(stack)).toBe('System.Management.Automation.PathInfoStack');
  expect(getPropertyValue(stack, 'Count')).toBe(2);
  run(t, PopLocation);
  run(t, PopLocation);
  expect(pwd()).toBe(t.dir);
  run(t, PushLocation, { Path: 'sub', StackName: 's1' });
  expect(run(t, PopLocation, { StackName: 's1', PassThru: true }).output.map(String)).toEqual([t.dir]);
  expect(run(t, PopLocation, { StackName: 'nope' }).errors.map(errorLine)).toEqual([
    "Argument | InvalidArgument | System.Management.Automation.PSArgumentException | Cannot find location stack 'nope'. It does not exist or it is not a container.",
  ]);
});

test("Set-Location '-' and '+' walk the history; -LiteralPath takes them as names", () => {
  expect(cd('-')).toEqual({ output: [], errors: [], warnings: [] });
  cd('/tmp');
  cd('/');
  cd('-');
  expect(pwd()).toBe('/tmp');
  cd('+');
  expect(pwd()).toBe('/');
  cd('-');
  cd('-');
  expect(pwd()).toBe(t.dir);
  expect(run(t, SetLocation, { LiteralPath: '-' }, { set: 'LiteralPath' }).errors.map((r) => r.exception.message))
    .toEqual(["Cannot find path '-' because it does not exist."]);
  expect(run(t, PushLocation, { Path: 'nope' }).errors.map((r) => r.exception.message))
    .toEqual([`Cannot find path '${t.dir}/nope' because it does not exist.`]);
  expect(run(t, PushLocation, { LiteralPath: 'nope' }, { set: 'LiteralPath' }).errors.map((r) => r.exception.message))
    .toEqual(["Cannot find path 'nope' because it does not exist."]);
});
