// psnode's command line, parsed the way pwsh's CommandLineParameterParser does: names case-insensitive, matched by
// unique prefix (with pwsh's short forms), the first bare argument is the -File path, everything after -Command or
// the file path belongs to the script.

import { CliMsg } from './messages';
import { CommandLineParameter } from '../runtime/command-line-argument';

export interface CliOptions {
  /** `stdin`: statements read from redirected stdin (`-Command -`); `prompted`: the same after prompts (`-File -`). */
  mode: 'file' | 'command' | 'stdin' | 'prompted' | 'repl' | 'version' | 'help';
  file?: string;
  command?: string;
  /** The script's arguments: strings, and `-Name` / `-Name:value` parameters as pwsh's CollectPSArgs makes them. */
  scriptArgs: unknown[];
  noProfile: boolean;
  nonInteractive: boolean;
  noLogo: boolean;
  noExit: boolean;
  sandbox: boolean;
  workingDirectory?: string;
}

export class CliError extends Error {
  constructor(message: string, readonly showUsage = true) {
    super(message);
  }
}

/** Parameter names with the short forms pwsh accepts (any unique prefix of the full name also works). */
const PARAMETERS: Array<[string, string[]]> = [
  ['File', ['f']],
  ['Command', ['c']],
  ['EncodedCommand', ['e', 'ec']],
  ['CommandWithArgs', ['cwa']],
  ['NoProfile', ['nop']],
  ['NonInteractive', ['noni']],
  ['NoLogo', ['nol']],
  ['NoExit', ['noe']],
  ['ExecutionPolicy', ['ex', 'ep']],
  ['Version', ['v']],
  ['Help', ['h', '?']],
  ['Sandbox', []],
  ['WorkingDirectory', ['wd']],
  ['Interactive', ['i']],
  ['Login', ['l']],
  ['NoProfileLoadTime', []],
  ['OutputFormat', ['o', 'of']],
  ['InputFormat', ['inp', 'if']],
];

function matchParameter(arg: string): string | undefined {
  if (arg === '/?' || arg === '-?') return 'Help';
  const m = /^(?:-|--|\/)([A-Za-z?][\w?]*)$/.exec(arg);
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  for (const [full, short] of PARAMETERS) if (full.toLowerCase() === name || short.includes(name)) return full;
  const prefix = PARAMETERS.filter(([full]) => full.toLowerCase().startsWith(name));
  // pwsh tries its names in order, so -comm is -Command although -CommandWithArgs starts the same.
  return prefix.length > 0 ? prefix[0][0] : undefined;
}

export function parseArgs(argv: string[], stdinIsTTY: boolean): CliOptions {
  const o: CliOptions = { mode: stdinIsTTY ? 'repl' : 'stdin', scriptArgs: [], noProfile: false, nonInteractive: false, noLogo: false, noExit: false, sandbox: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const p = a.startsWith('-') || a === '/?' ? matchParameter(a) : undefined;
    if (!p) {
      if (a.startsWith('-') && a !== '-') throw new CliError(CliMsg.ArgumentNotScriptFile.replace('{0}', a));
      o.mode = 'file';
      o.file = a;
      o.scriptArgs = collectScriptArgs(argv.slice(i + 1));
      return o;
    }
    switch (p) {
      case 'File':
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingFile);
        o.file = argv[++i];
        // `-File -` reads statements after prompts; with stdin a terminal that is the ordinary interactive session.
        o.mode = o.file !== '-' ? 'file' : stdinIsTTY ? 'repl' : 'prompted';
        o.scriptArgs = collectScriptArgs(argv.slice(i + 1));
        return o;
      case 'Command': {
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingCommand);
        const rest = argv.slice(i + 1);
        if (rest.length === 1 && rest[0] === '-') o.mode = 'stdin';
        else {
          o.mode = 'command';
          o.command = rest.join(' ');
        }
        return o;
      }
      case 'EncodedCommand': {
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingCommand);
        o.mode = 'command';
        o.command = decodeEncodedCommand(argv[++i]);
        return o;
      }
      case 'CommandWithArgs':
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingCommand);
        o.mode = 'command';
        o.command = argv[i + 1];
        o.scriptArgs = collectScriptArgs(argv.slice(i + 2));
        return o;
      case 'NoProfile':
        o.noProfile = true;
        break;
      case 'NonInteractive':
        o.nonInteractive = true;
        break;
      case 'NoLogo':
        o.noLogo = true;
        break;
      case 'NoExit':
        o.noExit = true;
        break;
      case 'ExecutionPolicy':
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingExecutionPolicy);
        i++;
        break;
      case 'OutputFormat':
      case 'InputFormat':
        i++;
        break;
      case 'WorkingDirectory':
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingWorkingDirectory, false);
        o.workingDirectory = argv[++i];
        break;
      case 'Version':
        o.mode = 'version';
        return o;
      case 'Help':
        o.mode = 'help';
        return o;
      case 'Sandbox':
        o.sandbox = true;
        break;
      default:
        break;
    }
  }
  return o;
}

/**
 * A script's arguments as pwsh binds them: `-Name` is a parameter name, `-Name:value` a parameter with its value
 * (`true`, `$false` ... become Booleans, so switches take them), `-Name:` takes the next argument as its value.
 */
function collectScriptArgs(argv: string[]): unknown[] {
  const collected: unknown[] = [];
  let pending: string | undefined;
  for (const arg of argv) {
    if (pending !== undefined) {
      collected.push(new CommandLineParameter(pending, true, arg));
      pending = undefined;
    } else if (arg.length > 1 && arg.startsWith('-')) {
      const colon = arg.indexOf(':');
      if (colon < 0) collected.push(new CommandLineParameter(arg.slice(1), false));
      else if (colon === arg.length - 1) pending = arg.slice(1, -1);
      else collected.push(new CommandLineParameter(arg.slice(1, colon), true, booleanIfPossible(arg.slice(colon + 1))));
    } else collected.push(arg);
  }
  return collected;
}

/** `true`, `False`, `$true`, `$FALSE` as Booleans (.NET's bool.TryParse after an optional `$`); other text unchanged. */
function booleanIfPossible(text: string): unknown {
  const word = (text.startsWith('$') ? text.slice(1) : text).trim().toLowerCase();
  return word === 'true' ? true : word === 'false' ? false : text;
}

/** -EncodedCommand: base64 of the script's UTF-16LE text, strictly as .NET's Convert.FromBase64String reads it. */
function decodeEncodedCommand(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new CliError(CliMsg.BadEncodedCommand);
  return Buffer.from(compact, 'base64').toString('utf16le');
}
