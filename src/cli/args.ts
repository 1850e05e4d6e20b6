// psnode's command line, parsed the way pwsh's CommandLineParameterParser does: names case-insensitive, matched by
// unique prefix (with pwsh's short forms), the first bare argument is the -File path, everything after -Command or
// the file path belongs to the script.

import { CliMsg } from './messages';

export interface CliOptions {
  mode: 'file' | 'command' | 'stdin' | 'repl' | 'version' | 'help';
  file?: string;
  command?: string;
  scriptArgs: string[];
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
      o.scriptArgs = argv.slice(i + 1);
      return o;
    }
    switch (p) {
      case 'File':
        if (i + 1 >= argv.length) throw new CliError(CliMsg.MissingFile);
        o.file = argv[++i];
        o.mode = o.file === '-' ? 'stdin' : 'file';
        o.scriptArgs = argv.slice(i + 1);
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
        o.scriptArgs = argv.slice(i + 2);
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

/** -EncodedCommand: base64 of the script's UTF-16LE text, strictly as .NET's Convert.FromBase64String reads it. */
function decodeEncodedCommand(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new CliError(CliMsg.BadEncodedCommand);
  return Buffer.from(compact, 'base64').toString('utf16le');
}
