// Graph JSON as the module's model objects (Microsoft.Graph.PowerShell.Models.*): note properties named as the
// model names them (first letter upper-case), the ObjectId alias Entra adds, and the default table views of
// reference/entra.md §6.3.
import { registerViews } from '../../../src/format';
import { PSObject } from '../../../src/runtime/values';
import { parseJson } from '../../Microsoft.PowerShell.Utility/shared/json-reader';

const MODELS = 'Microsoft.Graph.PowerShell.Models';

export const MODEL_TYPES = {
  user: `${MODELS}.MicrosoftGraphUser`,
  group: `${MODELS}.MicrosoftGraphGroup`,
  application: `${MODELS}.MicrosoftGraphApplication`,
  servicePrincipal: `${MODELS}.MicrosoftGraphServicePrincipal`,
  directoryObject: `${MODELS}.MicrosoftGraphDirectoryObject`,
  passwordCredential: `${MODELS}.MicrosoftGraphPasswordCredential`,
} as const;

const table = (name: string, typeName: string, columns: string[]) => ({
  kind: 'table' as const,
  name,
  typeNames: [typeName],
  columns: columns.map((property) => ({ property })),
});

registerViews(
  table('MicrosoftGraphUser', MODEL_TYPES.user, ['DisplayName', 'Id', 'Mail', 'UserPrincipalName']),
  table('MicrosoftGraphServicePrincipal', MODEL_TYPES.servicePrincipal, ['DisplayName', 'Id', 'AppId', 'SignInAudience', 'ServicePrincipalType']),
  table('MicrosoftGraphApplication', MODEL_TYPES.application, ['DisplayName', 'Id', 'AppId', 'SignInAudience', 'PublisherDomain']),
  table('MicrosoftGraphPasswordCredential', MODEL_TYPES.passwordCredential, ['CustomKeyIdentifier', 'DisplayName', 'EndDateTime', 'Hint', 'KeyId', 'SecretText', 'StartDateTime']),
);

const modelName = (jsonName: string) => (jsonName.startsWith('@') ? jsonName : jsonName[0].toUpperCase() + jsonName.slice(1));

/** Graph's JSON text as Entra sees it after its ConvertTo-Json | ConvertFrom-Json round trip (dates as DateTime). */
export function readGraphJson(text: string): unknown {
  return parseJson(text, false);
}

/** One Graph resource (as read by readGraphJson) as a model object, with Entra's ObjectId alias. */
export function graphModel(resource: PSObject, typeName: string): PSObject {
  const model = new PSObject(undefined, [typeName, 'System.Object']);
  for (const member of resource.propertyMembers()) model.setNote(modelName(member.name), member.value);
  if (model.getMember('Id')) model.addMember({ name: 'ObjectId', kind: 'AliasProperty', value: 'Id' });
  return model;
}
