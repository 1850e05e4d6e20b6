// Command-line flags compared with live pwsh at test time (the conformance harness always runs `-File`, so flags are
// checked here): exit code, stdout and stderr must be pwsh's. Skipped loudly when pwsh is not installed.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { findPwsh } = require('../../scripts/lib/pwsh.js') as { findPwsh: () => string | null };

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
const PWSH = findPwsh();
const utf16Base64 = (text: string) => Buffer.from(text, 'utf16le').toString('base64');

const GREET = 'param([string]$Name, [int]$Count = 1, [switch]$Loud)\n"Name=$Name Count=$Count Loud=$Loud"; $args | % { "[$_] " + $_.GetType().Name }\n';

const PROFILES = {
  '.config/powershell/profile.ps1': '"all hosts in $(Split-Path -Leaf $PWD)"\n$x = 5\nfunction hi { "hi" }\n',
  '.config/powershell/Microsoft.PowerShell_profile.ps1': '"current host $x"\nWrite-Error boom\nthrow "bad"\n"after"\n',
};

/** Each case: the arguments, files written to the working directory first, and whether stdout is the usage block
 * (its program name and psnode's -Sandbox differ). */
const CASES: Array<{ name: string; args: string[]; files?: Record<string, string>; input?: string; usage?: boolean }> = [
  { name: '-EncodedCommand', args: ['-NoProfile', '-EncodedCommand', utf16Base64('"hi $(1+1)"; $args.Count')] },
  { name: '-ec with non-ASCII text', args: ['-NoProfile', '-ec', utf16Base64("'äö€'.Length")] },
  { name: '-ec that is not base64', args: ['-NoProfile', '-ec', '!!bad'], usage: true },
  { name: '-ec without a value', args: ['-NoProfile', '-ec'], usage: true },
  { name: '-CommandWithArgs', args: ['-NoProfile', '-CommandWithArgs', '"n=$($args.Count) $args"', 'a', 'b c'] },
  { name: '-cwa with a failing command', args: ['-NoProfile', '-cwa', 'Write-Error $args[0]', 'oops'] },
  { name: '-File with -Name:value and -Switch:$false', args: ['-NoProfile', '-File', 'greet.ps1', '-Name:q', '-Count:2', '-Loud:$false'], files: { 'greet.ps1': GREET } },
  { name: '-File with -Name: value and -Switch:true', args: ['-NoProfile', '-File', 'greet.ps1', '-Name:', 'q', '-Count:', '2', '-Loud:true'], files: { 'greet.ps1': GREET } },
  { name: '-File with a switch given a string', args: ['-NoProfile', '-File', 'greet.ps1', '-Loud:0'], files: { 'greet.ps1': GREET } },
  { name: '-File with unbound -Name:value in $args', args: ['-NoProfile', '-File', 'args.ps1', '-Nope:3', '-X:', 'y', '-Z', '-Q:TRUE', '-', '--', '', '-W:$False'], files: { 'args.ps1': '$args.Count; $args | % { "[$_] " + $_.GetType().Name }' } },
  { name: '-File - echoes prompts and lines', args: ['-NoProfile', '-File', '-'], input: 'if (1) {\n"a"\n}\n\n3+3\nWrite-Error x\n' },
  { name: '-NoExit -File goes on reading stdin after the banner', args: ['-NoProfile', '-NoExit', '-File', 'args.ps1', 'x'], files: { 'args.ps1': '"[$args]"' }, input: '"a"\nexit 4\n' },
  { name: '-NoExit -NoLogo -File', args: ['-NoProfile', '-NoLogo', '-NoExit', '-File', 'args.ps1'], files: { 'args.ps1': '"[$args]"' }, input: '2+2\n' },
  { name: '-NoExit -Command, exit status of the last line read', args: ['-NoProfile', '-NoExit', '-Command', '"x"'], input: 'Write-Error x\n' },
  { name: '-NoExit -Command that exits', args: ['-NoProfile', '-NoExit', '-Command', 'exit 3'], input: '"never"\n' },
  { name: 'profiles run in order, their errors shown as a script\'s', args: ['-Command', 'hi; "cmd $x"; $?; $Error.Count; $PROFILE; $PROFILE.CurrentUserAllHosts; $PROFILE.Length'], files: PROFILES },
  { name: 'profiles run for -File, with a parse error in one', args: ['-File', 'args.ps1'], files: { ...PROFILES, '.config/powershell/profile.ps1': 'Get-Date -Format (\n', 'args.ps1': '"script $x"' } },
  { name: '-NoProfile skips the profiles but sets $PROFILE', args: ['-NoProfile', '-Command', '"[$x]"; $PROFILE | Get-Member -MemberType NoteProperty | % Name'], files: PROFILES },
  { name: '-WorkingDirectory before the profiles run', args: ['-WorkingDirectory', 'sub', '-Command', 'Split-Path -Leaf $PWD'], files: { ...PROFILES, 'sub/x.txt': '' } },
  { name: '-WorkingDirectory that does not exist: Set-Location\'s error, the session goes on', args: ['-NoProfile', '-wd', 'nowhere', '-Command', '"ran"; $Error.Count'] },
  { name: '-WorkingDirectory without a path', args: ['-NoProfile', '-wd'] },
  { name: '-cwa with -Name:value', args: ['-NoProfile', '-cwa', '$args | % { "[$_] " + $_.GetType().Name }', '-Nope:3', '-X:', 'y', '-Z'] },
];

function run(program: string[], args: string[], home: string, input = '') {
  const r = spawnSync(program[0], [...program.slice(1), ...args], {
    cwd: home,
    input,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NO_COLOR: '1', TERM: 'dumb', LANG: 'en_US.UTF-8', TZ: 'UTC', POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

if (!PWSH) {
  console.warn('cli-vs-pwsh.test.ts: pwsh is not installed (scripts/install-pwsh), the comparisons are SKIPPED');
  test.skip('command-line flags against live pwsh (pwsh missing)', () => undefined);
} else {
  describe('command-line flags, as live pwsh', () => {
    let home: string;
    beforeEach(() => {
      home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-cli-pwsh-'));
    });
    afterEach(() => fs.rmSync(home, { recursive: true, force: true }));
    for (const c of CASES) {
      test(c.name, () => {
        for (const [name, text] of Object.entries(c.files ?? {})) {
          fs.mkdirSync(path.dirname(path.join(home, name)), { recursive: true });
          fs.writeFileSync(path.join(home, name), text);
        }
        const expected = run([PWSH], c.args, home, c.input);
        const actual = run([process.execPath, BIN], c.args, home, c.input);
        if (c.usage) {
          expect({ code: actual.code, stderr: actual.stderr }).toEqual({ code: expected.code, stderr: expected.stderr });
          expect(actual.stdout.startsWith('\nUsage: psnode [-Login]')).toBe(true);
          expect(expected.stdout.startsWith('\nUsage: pwsh[.exe] [-Login]')).toBe(true);
        } else {
          expect(actual).toEqual(expected);
        }
      }, 60000);
    }
  });
}
