// The psnode command line: flags, exit codes and the texts pwsh 7.6.9 prints for them (run through bin/psnode.js,
// which `npm test` builds first).

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
let home: string;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-cli-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function psnode(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: home,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NO_COLOR: '1', LANG: 'en_US.UTF-8', TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function script(name: string, text: string): string {
  const file = path.join(home, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('psnode -Command', () => {
  test('exit code 0 when the last statement succeeded', () => {
    const r = psnode(['-NoProfile', '-Command', '1+1']);
    expect(r).toEqual({ code: 0, stdout: '2\n', stderr: '' });
  });

  test('exit code 1 when the last statement failed ($? false)', () => {
    const r = psnode(['-nop', '-c', 'Write-Error x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Write-Error: x\n');
  });

  test('exit N', () => {
    expect(psnode(['-c', 'exit 3']).code).toBe(3);
  });

  test('the rest of the command line is the command text', () => {
    expect(psnode(['-c', '"a"', '+', '"b"']).stdout).toBe('ab\n');
  });

  test('input that only ends too early fails silently, as pwsh -Command does; other parse errors show', () => {
    for (const text of ['(1', '1 +', 'if (1) {', '"abc']) expect(psnode(['-NoProfile', '-Command', text])).toEqual({ code: 1, stdout: '', stderr: '' });
    const r = psnode(['-NoProfile', '-Command', '1 + ; 2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("You must provide a value expression following the '+' operator.");
  });

  test('-Command - reads the script from stdin', () => {
    expect(psnode(['-NoProfile', '-Command', '-'], '1+2; "hi"').stdout).toBe('3\nhi\n');
  });

  test('a script-terminating error gives 1', () => {
    const r = psnode(['-c', 'throw "bad"; "after"']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Exception: bad\n');
  });
});

describe('psnode -File', () => {
  test('a script with a UTF-16 or UTF-32 byte-order mark runs decoded as pwsh decodes it', () => {
    const text = "'h\u00e9llo \u20ac'\n";
    const files: Array<[string, Buffer]> = [
      ['utf16le.ps1', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf16be.ps1', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
      ['utf32le.ps1', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...text].map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return b; })])],
    ];
    for (const [name, bytes] of files) {
      fs.writeFileSync(path.join(home, name), bytes);
      expect(psnode(['-NoProfile', '-File', name])).toEqual({ code: 0, stdout: 'h\u00e9llo \u20ac\n', stderr: '' });
    }
  });

  test('exit code 0 after non-terminating errors', () => {
    const f = script('t.ps1', 'Write-Error "nt1"\n"after1 $?"\n');
    const r = psnode(['-NoProfile', '-NonInteractive', '-File', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('after1 False\n');
    expect(r.stderr).toBe('Write-Error: nt1\n');
  });

  test('an uncaught throw gives 1 and the Line | display', () => {
    const f = script('t6.ps1', 'throw "bad thing"\n"after"\n');
    const r = psnode(['-File', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Exception: ${f}:1\nLine |\n   1 |  throw "bad thing"\n     |  ~~~~~~~~~~~~~~~~~\n     | bad thing\n`);
  });

  test('exit N from a script, 0..255', () => {
    const f = script('e.ps1', 'exit 123');
    expect(psnode([f]).code).toBe(123);
  });

  test('script arguments bind to the param block, -Name value pairs included', () => {
    const f = script('p.ps1', 'param($Name, [int]$Count = 1)\n"$Name x $Count"\n$args.Count\n');
    expect(psnode(['-File', f, '-Count', '3', 'bob']).stdout).toBe('bob x 3\n0\n');
  });

  test('$PSScriptRoot and $PSCommandPath', () => {
    const f = script('r.ps1', '$PSScriptRoot; $PSCommandPath');
    expect(psnode([f]).stdout).toBe(`${home}\n${f}\n`);
  });

  test('a missing script file is a bad command line (64)', () => {
    const r = psnode(['-File', '/nonexist.ps1']);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe("The argument '/nonexist.ps1' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n");
    expect(r.stdout.startsWith('\nUsage: psnode [-Login] [[-File] <filePath> [args]]\n')).toBe(true);
  });
});

describe('flags', () => {
  test('-Version', () => {
    expect(psnode(['-Version'])).toEqual({ code: 0, stdout: 'PowerShell 7.6.9\n', stderr: '' });
  });

  test('unknown flag is exit 64 with pwsh text', () => {
    const r = psnode(['-Foo']);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe("The argument '-Foo' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n");
  });

  test('-Command without a command', () => {
    const r = psnode(['-NoProfile', '-Command']);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe('Cannot process the command because of a missing parameter. A command must follow -Command.\n');
  });

  test('names are case-insensitive with unique prefixes; -ExecutionPolicy is accepted and ignored', () => {
    expect(psnode(['-NOPROFILE', '-noni', '-NoLog', '-ExecutionPolicy', 'Bypass', '-COMM', '"ok"']).stdout).toBe('ok\n');
  });

  test('-Sandbox sets the session environment setting', () => {
    expect(psnode(['-Sandbox', '-c', '$env:PSNODE_ENVIRONMENT']).stdout).toBe('Sandbox\n');
  });

  test('-Help prints the usage', () => {
    const r = psnode(['-?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('psnode -h | -Help | -? | /?');
  });
});
