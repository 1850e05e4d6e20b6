import fs from 'node:fs';
import path from 'node:path';
import { defaultEnvironmentName, EnvironmentRegistry } from '../../src/identity/environments';
import { resolveEnvironment } from '../../src/identity/resolved-environment';
import { useTempHome } from './helpers/temp-home';

const { home } = useTempHome();

describe('EnvironmentRegistry', () => {
  test('lists the four built-in clouds with their real endpoints, in the documented order', () => {
    expect(new EnvironmentRegistry().list()).toEqual([
      { Name: 'China', AzureADEndpoint: 'https://login.chinacloudapi.cn', GraphEndpoint: 'https://microsoftgraph.chinacloudapi.cn', Type: 'Built-in' },
      { Name: 'Global', AzureADEndpoint: 'https://login.microsoftonline.com', GraphEndpoint: 'https://graph.microsoft.com', Type: 'Built-in' },
      { Name: 'USGov', AzureADEndpoint: 'https://login.microsoftonline.us', GraphEndpoint: 'https://graph.microsoft.us', Type: 'Built-in' },
      { Name: 'USGovDoD', AzureADEndpoint: 'https://login.microsoftonline.us', GraphEndpoint: 'https://dod-graph.microsoft.us', Type: 'Built-in' },
    ]);
  });

  test('finds by name without regard to case', () => {
    expect(new EnvironmentRegistry().find('usgovdod')?.Name).toBe('USGovDoD');
    expect(new EnvironmentRegistry().list('nope')).toEqual([]);
  });

  test('adds a user-defined environment (base URLs only), saves it 0600 under ~/.mg, and a new registry sees it', () => {
    const added = new EnvironmentRegistry().add('Canary', 'https://login.microsoftonline.com/common/', 'https://canary.graph.microsoft.com/v1.0');
    expect(added).toEqual({ Name: 'Canary', AzureADEndpoint: 'https://login.microsoftonline.com', GraphEndpoint: 'https://canary.graph.microsoft.com', Type: 'User-defined' });
    const file = path.join(home(), '.mg', 'mg.context.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(new EnvironmentRegistry().list().map((e) => e.Name)).toEqual(['China', 'Global', 'USGov', 'USGovDoD', 'Canary']);
  });

  test('adding again updates in place; removing returns the environment and forgets it', () => {
    const registry = new EnvironmentRegistry();
    registry.add('Canary', 'https://a.example', 'https://b.example');
    registry.add('CANARY', 'https://c.example', 'https://d.example');
    expect(registry.find('canary')).toEqual({ Name: 'Canary', AzureADEndpoint: 'https://c.example', GraphEndpoint: 'https://d.example', Type: 'User-defined' });
    expect(registry.remove('canary').Name).toBe('Canary');
    expect(registry.find('Canary')).toBeUndefined();
  });

  test('refuses built-ins, bad URLs and unknown names with the module\'s texts', () => {
    const registry = new EnvironmentRegistry();
    expect(() => registry.add('global', 'https://a.example', 'https://b.example')).toThrow('Cannot add built-in environment global.');
    expect(() => registry.remove('China')).toThrow('Cannot remove built-in environment China.');
    expect(() => registry.add('X', 'login.example', 'https://b.example')).toThrow(
      "Parameter 'AzureADEndpoint' has an invalid endpoint URL. Please use a valid URL with a network protocol i.e. [protocol]://[resource-name].",
    );
    expect(() => registry.remove('Missing')).toThrow('Environment Missing not found.');
  });

  test('a corrupt settings file means no user-defined environments', () => {
    fs.mkdirSync(path.join(home(), '.mg'));
    fs.writeFileSync(path.join(home(), '.mg', 'mg.context.json'), '{not json');
    expect(new EnvironmentRegistry().list()).toHaveLength(4);
  });
});

describe('environment resolution', () => {
  const deps = (env: NodeJS.ProcessEnv = {}) => ({
    registry: new EnvironmentRegistry(),
    env,
    sandbox: () => ({
      azureADEndpoint: 'https://127.0.0.1:4431',
      graphEndpoint: 'https://127.0.0.1:4432',
      caPem: 'CA',
      managedIdentity: { url: 'http://127.0.0.1:4433/msi/token', header: 'h' },
    }),
  });

  test('the default is Global, or what PSNODE_ENVIRONMENT names (psnode -Sandbox sets it)', () => {
    expect(defaultEnvironmentName({})).toBe('Global');
    expect(defaultEnvironmentName({ PSNODE_ENVIRONMENT: 'Sandbox' })).toBe('Sandbox');
  });

  test('public clouds use msal-node\'s own metadata and Node\'s roots; the managed identity comes from IDENTITY_*', () => {
    expect(resolveEnvironment('global', deps())).toEqual({
      name: 'Global',
      azureADEndpoint: 'https://login.microsoftonline.com',
      graphEndpoint: 'https://graph.microsoft.com',
      knownAuthorities: undefined,
      managedIdentity: undefined,
    });
    expect(resolveEnvironment('Global', deps({ IDENTITY_ENDPOINT: 'http://127.0.0.1:41741/MSI/token/', IDENTITY_HEADER: 'x' })).managedIdentity).toEqual({
      url: 'http://127.0.0.1:41741/MSI/token/',
      header: 'x',
    });
  });

  test('the sandbox: same shape, its endpoints, its CA, loopback only, its host trusted without discovery', () => {
    expect(resolveEnvironment('sandbox', deps())).toEqual({
      name: 'Sandbox',
      azureADEndpoint: 'https://127.0.0.1:4431',
      graphEndpoint: 'https://127.0.0.1:4432',
      knownAuthorities: ['127.0.0.1:4431'],
      transport: { ca: 'CA', loopbackOnly: true },
      managedIdentity: { url: 'http://127.0.0.1:4433/msi/token', header: 'h', ca: 'CA' },
    });
  });

  test('an unknown name is a terminating InvalidOperation error with the module\'s text', () => {
    expect(() => resolveEnvironment('Mars', deps())).toThrow(
      expect.objectContaining({
        message: "Unable to find environment with name 'Mars'. Use Get-MgEnvironment to list available environments.",
        exceptionType: 'System.Management.Automation.PSInvalidOperationException',
        terminating: true,
      }),
    );
  });
});
