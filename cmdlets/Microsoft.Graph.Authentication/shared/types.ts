// How the module's objects look to scripts: AuthContext (no format view: Format-List in declaration order),
// GraphEnvironment (four properties: a table), and the enums they carry.
import type { AuthContext, GraphEnvironment } from '../../../src/identity';
import { AUTH_CONTEXT_PROPERTIES } from '../../../src/identity';
import { EnumValue, registerType, typedArray } from '../../../src/runtime/values';

const NAMESPACE = 'Microsoft.Graph.PowerShell.Authentication';

// IAuthContext.cs: the enums' members in declaration order (their values).
const ENUMS: Record<string, string[]> = {
  AuthenticationType: ['Delegated', 'AppOnly', 'UserProvidedAccessToken', 'ManagedIdentity', 'EnvironmentVariable'],
  ContextScope: ['Process', 'CurrentUser'],
  TokenCredentialType: ['InteractiveBrowser', 'DeviceCode', 'ClientCertificate', 'UserProvidedAccessToken', 'ManagedIdentity', 'ClientSecret', 'EnvironmentVariable'],
};

function enumValue(enumName: string, member: string): EnumValue {
  return new EnumValue(`${NAMESPACE}.${enumName}`, member, ENUMS[enumName].indexOf(member));
}

for (const [name, members] of Object.entries(ENUMS)) {
  registerType({
    fullName: `${NAMESPACE}.${name}`,
    baseTypes: ['System.Enum', 'System.ValueType'],
    enumValues: Object.fromEntries(members.map((member, index) => [member, index])),
    isScalar: true,
  });
}

/** Microsoft.Graph.PowerShell.Authentication.AuthContext, over src/identity's context. */
export class AuthContextObject {
  constructor(readonly context: AuthContext) {}
}

const ENUM_PROPERTY: Partial<Record<keyof AuthContext, string>> = {
  AuthType: 'AuthenticationType',
  TokenCredentialType: 'TokenCredentialType',
  ContextScope: 'ContextScope',
};

const PROPERTY_TYPES: Partial<Record<keyof AuthContext, string>> = {
  Scopes: 'string[]',
  SendCertificateChain: 'bool',
  Certificate: 'System.Security.Cryptography.X509Certificates.X509Certificate2',
  PSHostVersion: 'version',
  ClientSecret: 'securestring',
};

function contextProperty(context: AuthContext, name: keyof AuthContext): unknown {
  const value = context[name];
  const enumName = ENUM_PROPERTY[name];
  if (enumName) return enumValue(enumName, value as string);
  if (name === 'Scopes' && Array.isArray(value)) return typedArray([...value], 'System.String');
  return value ?? null;
}

registerType({
  fullName: `${NAMESPACE}.AuthContext`,
  interfaces: [`${NAMESPACE}.IAuthContext`],
  jsClass: AuthContextObject,
  properties: AUTH_CONTEXT_PROPERTIES.map((name) => ({
    name,
    type: PROPERTY_TYPES[name] ?? (ENUM_PROPERTY[name] ? `${NAMESPACE}.${ENUM_PROPERTY[name]}` : 'string'),
    get: (self: AuthContextObject) => contextProperty(self.context, name),
  })),
});

/** Microsoft.Graph.PowerShell.Authentication.GraphEnvironment. */
export class GraphEnvironmentObject {
  constructor(readonly environment: GraphEnvironment) {}
}

registerType({
  fullName: `${NAMESPACE}.GraphEnvironment`,
  interfaces: [`${NAMESPACE}.IGraphEnvironment`],
  jsClass: GraphEnvironmentObject,
  properties: (['Name', 'AzureADEndpoint', 'GraphEndpoint', 'Type'] as const).map((name) => ({
    name,
    type: 'string',
    get: (self: GraphEnvironmentObject) => self.environment[name],
  })),
});
