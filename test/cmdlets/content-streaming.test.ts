// Get-Content reads only what it is asked for (pwsh's block reader): -TotalCount of a huge file, -Tail near its end,
// and a device that never ends, through the real CLI.

import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { makeTempDir } from '../helpers/temp-dir-runspace';

const CLI = path.resolve(__dirname, '../../bin/psnode.js');
let dir: string;
beforeEach(() => {
  dir = makeTempDir('psnode-stream-');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs a command with a 64 MB heap: reading a 1 GB file whole could not fit. */
function psnode(command: string) {
  return spawnSync(process.execPath, ['--max-old-space-size=64', CLI, '-NoProfile', '-Command', command], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
}

test('-TotalCount and -Tail of a 1 GB file read only its start or its end', () => {
  const file = path.join(dir, 'big.txt');
  fs.writeFileSync(file, 'first\r\nsecond\nthird\n');
  const size = 1024 ** 3;
  fs.truncateSync(file, size);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.from('\nend-1\r\nend-2\n'), 0, 14, size - 14);
  fs.closeSync(fd);
  const head = psnode("Get-Content big.txt -TotalCount 2; Get-Content big.txt -First 1 -ReadCount 5 | ForEach-Object { $_.GetType().Name }");
  expect(head.stdout).toBe('first\nsecond\nObject[]\n');
  const tail = psnode("Get-Content big.txt -Tail 2 | ForEach-Object { \"$_ $($_.ReadCount)\" }");
  expect(tail.stdout).toBe('end-1 1\nend-2 2\n');
  expect(tail.status).toBe(0);
});

test('/dev/urandom -TotalCount 3 -AsByteStream returns three bytes', () => {
  const r = psnode("$b = Get-Content /dev/urandom -TotalCount 3 -AsByteStream; $b.Count; $b[0].GetType().FullName");
  expect(r.stdout).toBe('3\nSystem.Byte\n');
});

test('a piped Set-Content keeps one writer open: UTF-16 with one byte-order mark, every line', () => {
  const r = psnode("1..3 | Set-Content -Encoding unicode u.txt; 'x' | Add-Content u.txt");
  expect(r.status).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'u.txt'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('1\n2\n3\nx\n', 'utf16le')]));
});
