// New-EntraServicePrincipalPasswordCredential (reference/entra.md §6.1): adds a client secret to a service
// principal (Graph addPassword) and returns it once, as a MicrosoftGraphPasswordCredential.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { type DateTime, PSObject } from '../../src/runtime/values';
import { identityOf, withIdentityErrors } from '../Microsoft.Graph.Authentication/shared/identity-service';
import { MODEL_TYPES, readGraphJson } from './shared/graph-models';

interface Params {
  ServicePrincipalId: string;
  StartDate?: DateTime | null;
  EndDate?: DateTime | null;
  DisplayName?: string;
}

// The module's own texts (New-EntraServicePrincipalPasswordCredential.ps1).
const NOT_CONNECTED = "Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes Application.ReadWrite.All' to authenticate.";
const FAILED = 'Failed to add password credential: {0}';

const iso = (date: DateTime | null | undefined) => (date ? new Date(date.utcMs).toISOString() : null);

/** Each field as a note property named with an upper-case first letter, plus the StartDate/EndDate aliases. */
function passwordCredential(result: PSObject): PSObject {
  const model = new PSObject(undefined, [MODEL_TYPES.passwordCredential, 'System.Object']);
  for (const member of result.propertyMembers()) model.setNote(member.name[0].toUpperCase() + member.name.slice(1), member.value);
  model.setNote('StartDate', result.getMember('startDateTime')?.value ?? null);
  model.setNote('EndDate', result.getMember('endDateTime')?.value ?? null);
  return model;
}

const NewEntraServicePrincipalPasswordCredential: CommandDefinition<Params> = {
  name: 'New-EntraServicePrincipalPasswordCredential',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  outputType: [MODEL_TYPES.passwordCredential],
  parameters: [
    { name: 'ServicePrincipalId', type: 'System.String', aliases: ['ObjectId'], mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'StartDate', type: 'System.DateTime', allowNull: true },
    { name: 'EndDate', type: 'System.DateTime', allowNull: true },
    { name: 'DisplayName', type: 'System.String' },
  ],
  begin(ctx) {
    if (!identityOf(ctx).session.context) {
      ctx.throwTerminatingError(ctx.newError('Microsoft.PowerShell.Commands.WriteErrorException', NOT_CONNECTED, 'NotSpecified', null, 'Microsoft.PowerShell.Commands.WriteErrorException'));
    }
  },
  process(ctx) {
    const { ServicePrincipalId, StartDate, EndDate, DisplayName } = ctx.params;
    const body = { passwordCredential: { startDateTime: iso(StartDate), endDateTime: iso(EndDate), displayName: DisplayName ?? null } };
    const response = withIdentityErrors(ctx, () =>
      identityOf(ctx).graph.request({ method: 'POST', uri: `v1.0/servicePrincipals/${encodeURIComponent(ServicePrincipalId)}/addPassword`, body }),
    );
    if (!response) return;
    if (response.status >= 300) {
      const message = FAILED.replace('{0}', response.error?.message ?? response.body);
      ctx.writeError(ctx.newError('Microsoft.PowerShell.Commands.WriteErrorException', message, 'NotSpecified', null, 'Microsoft.PowerShell.Commands.WriteErrorException'));
      return;
    }
    ctx.writeObject(passwordCredential(readGraphJson(response.body) as PSObject));
  },
};

export default NewEntraServicePrincipalPasswordCredential;
