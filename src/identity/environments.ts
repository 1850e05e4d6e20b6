// The national clouds (Microsoft.Graph.Authentication's built-in environments), the user-defined ones saved in
// ~/.mg/mg.context.json like the real module's settings file, and psnode's Sandbox, whose endpoints are known only
// once the sandbox runs. Sign-in takes the same path for every environment.
import path from 'node:path';
import { IdentityError } from './identity-error';
import { format, messages } from './messages';
import { mgHome, readOptionalFile, writePrivateFile } from './mg-home';

export type EnvironmentType = 'Built-in' | 'User-defined';

/** What Get-MgEnvironment shows, in its property order. */
export interface GraphEnvironment {
  Name: string;
  AzureADEndpoint: string;
  GraphEndpoint: string;
  Type: EnvironmentType;
}

export const SANDBOX_ENVIRONMENT = 'Sandbox';

// GraphEnvironmentConstants.cs; listed in the documented order.
const BUILT_IN: readonly GraphEnvironment[] = [
  { Name: 'China', AzureADEndpoint: 'https://login.chinacloudapi.cn', GraphEndpoint: 'https://microsoftgraph.chinacloudapi.cn', Type: 'Built-in' },
  { Name: 'Global', AzureADEndpoint: 'https://login.microsoftonline.com', GraphEndpoint: 'https://graph.microsoft.com', Type: 'Built-in' },
  { Name: 'USGov', AzureADEndpoint: 'https://login.microsoftonline.us', GraphEndpoint: 'https://graph.microsoft.us', Type: 'Built-in' },
  { Name: 'USGovDoD', AzureADEndpoint: 'https://login.microsoftonline.us', GraphEndpoint: 'https://dod-graph.microsoft.us', Type: 'Built-in' },
];

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function isBuiltInName(name: string): boolean {
  return BUILT_IN.some((environment) => sameName(environment.Name, name)) || sameName(name, SANDBOX_ENVIRONMENT);
}

/** Uri.GetLeftPart(UriPartial.Authority): scheme, host and non-default port. */
function baseUrl(url: string): string {
  return new URL(url).origin;
}

function isWellFormedAbsoluteUrl(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s/]/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** The settings file's shape (GraphSettings: only user-defined environments are written). */
interface SettingsFile {
  EnvironmentTable: Record<string, GraphEnvironment>;
}

export class EnvironmentRegistry {
  constructor(private readonly settingsPath: () => string = () => path.join(mgHome(), 'mg.context.json')) {}

  /** Get-MgEnvironment: every environment (built-in first), or the one named. */
  list(name?: string): GraphEnvironment[] {
    if (name) {
      const found = this.find(name);
      return found ? [found] : [];
    }
    return [...BUILT_IN, ...this.userDefined()];
  }

  /** Case-insensitive lookup among built-in and user-defined environments (not Sandbox, which has no fixed endpoints). */
  find(name: string): GraphEnvironment | undefined {
    return this.list().find((environment) => sameName(environment.Name, name));
  }

  /** Add-MgEnvironment: adds or updates a user-defined environment and saves it. */
  add(name: string, azureADEndpoint: string, graphEndpoint: string): GraphEnvironment {
    if (!name.trim()) throw new IdentityError('System.ArgumentException', format(messages.mustSpecify, 'Name'));
    for (const [parameter, value] of [['AzureADEndpoint', azureADEndpoint], ['GraphEndpoint', graphEndpoint]]) {
      if (!isWellFormedAbsoluteUrl(value)) throw new IdentityError('System.ArgumentException', format(messages.invalidUrlParameter, parameter));
    }
    if (isBuiltInName(name)) {
      throw new IdentityError('System.InvalidOperationException', format(messages.cannotModifyBuiltInEnvironment, 'add', name));
    }
    const table = this.readTable();
    const existing = Object.keys(table).find((key) => sameName(key, name));
    const environment: GraphEnvironment = {
      Name: existing ? table[existing].Name : name,
      AzureADEndpoint: baseUrl(azureADEndpoint),
      GraphEndpoint: baseUrl(graphEndpoint),
      Type: 'User-defined',
    };
    if (existing) delete table[existing];
    table[environment.Name] = environment;
    this.writeTable(table);
    return environment;
  }

  /** Remove-MgEnvironment: removes a user-defined environment and returns it. */
  remove(name: string): GraphEnvironment {
    if (isBuiltInName(name)) {
      throw new IdentityError('System.InvalidOperationException', format(messages.cannotModifyBuiltInEnvironment, 'remove', name));
    }
    const table = this.readTable();
    const key = Object.keys(table).find((candidate) => sameName(candidate, name));
    if (!key) throw new IdentityError('System.ArgumentException', format(messages.environmentNotFound, name));
    const removed = table[key];
    delete table[key];
    this.writeTable(table);
    return removed;
  }

  private userDefined(): GraphEnvironment[] {
    return Object.values(this.readTable());
  }

  // A missing or unreadable settings file means no user-defined environments, as in GraphSettings.Load.
  private readTable(): Record<string, GraphEnvironment> {
    const text = readOptionalFile(this.settingsPath());
    if (!text) return {};
    try {
      const parsed = JSON.parse(text) as Partial<SettingsFile>;
      const table: Record<string, GraphEnvironment> = {};
      for (const [key, value] of Object.entries(parsed.EnvironmentTable ?? {})) {
        if (value && typeof value.AzureADEndpoint === 'string' && typeof value.GraphEndpoint === 'string') {
          table[key] = { Name: value.Name ?? key, AzureADEndpoint: value.AzureADEndpoint, GraphEndpoint: value.GraphEndpoint, Type: 'User-defined' };
        }
      }
      return table;
    } catch {
      return {};
    }
  }

  private writeTable(table: Record<string, GraphEnvironment>): void {
    const settings: SettingsFile = { EnvironmentTable: table };
    writePrivateFile(this.settingsPath(), JSON.stringify(settings, null, 2));
  }
}

/** The environment used when -Environment is not given: PSNODE_ENVIRONMENT (set by `psnode -Sandbox`), else Global. */
export function defaultEnvironmentName(env: NodeJS.ProcessEnv = process.env): string {
  return env.PSNODE_ENVIRONMENT?.trim() || 'Global';
}

export function isSandbox(name: string): boolean {
  return sameName(name, SANDBOX_ENVIRONMENT);
}
