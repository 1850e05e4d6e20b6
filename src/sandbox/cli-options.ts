// psnode-sandbox's command line: --port, --location, --in-memory, --debug <file>, --host.
import path from 'node:path';
import { cli } from './messages';
import { DEFAULT_PORT, type SandboxOptions } from './sandbox';

const VALUE_OPTIONS: Record<string, keyof SandboxOptions> = {
  '--port': 'port',
  '--location': 'location',
  '--debug': 'debugLog',
  '--host': 'host',
};

export function parseArguments(args: string[]): SandboxOptions | { error: string } | 'help' {
  const options: SandboxOptions = { port: DEFAULT_PORT };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--in-memory') {
      options.inMemory = true;
      continue;
    }
    const key = VALUE_OPTIONS[arg];
    const value = args[i + 1];
    if (!key || value === undefined) return { error: cli.badOption(arg) };
    i++;
    if (key === 'port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65533) return { error: cli.badOption(`${arg} ${value}`) };
      options.port = port;
    } else {
      (options as Record<string, unknown>)[key] = key === 'host' ? value : path.resolve(value);
    }
  }
  return options;
}
