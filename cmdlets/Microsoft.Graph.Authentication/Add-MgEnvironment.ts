// Add-MgEnvironment: adds (or updates) a user-defined environment in ~/.mg/mg.context.json and returns it.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf, withIdentityErrors } from './shared/identity-service';
import { GraphEnvironmentObject } from './shared/types';

interface Params {
  Name: string;
  AzureADEndpoint: string;
  GraphEndpoint: string;
}

const AddMgEnvironment: CommandDefinition<Params> = {
  name: 'Add-MgEnvironment',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.AddMgEnvironment',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['Microsoft.Graph.PowerShell.Authentication.GraphEnvironment'],
  parameters: [
    { name: 'Name', type: 'System.String', position: 0, mandatory: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'AzureADEndpoint', type: 'System.String', aliases: ['AzureADUrl'], position: 1, mandatory: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'NotNullOrEmpty' }] },
    { name: 'GraphEndpoint', type: 'System.String', aliases: ['GraphUrl'], position: 2, mandatory: true, valueFromPipelineByPropertyName: true, validation: [{ kind: 'NotNullOrEmpty' }] },
  ],
  process(ctx) {
    const { Name, AzureADEndpoint, GraphEndpoint } = ctx.params;
    if (!ctx.shouldProcess(Name, 'adding environment')) return;
    const added = withIdentityErrors(ctx, () => identityOf(ctx).environments.add(Name, AzureADEndpoint, GraphEndpoint), { escapes: true });
    if (added) ctx.writeObject(new GraphEnvironmentObject(added));
  },
};

export default AddMgEnvironment;
