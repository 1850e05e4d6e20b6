// Get-MgEnvironment: the built-in clouds and the user-defined environments, or the one named.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf } from './shared/identity-service';
import { GraphEnvironmentObject } from './shared/types';

interface Params {
  Name?: string;
}

const GetMgEnvironment: CommandDefinition<Params> = {
  name: 'Get-MgEnvironment',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.GetMgEnvironment',
  supportsCommonParameters: true,
  outputType: ['Microsoft.Graph.PowerShell.Authentication.GraphEnvironment'],
  parameters: [{ name: 'Name', type: 'System.String', position: 0, valueFromPipelineByPropertyName: true }],
  process(ctx) {
    for (const environment of identityOf(ctx).environments.list(ctx.params.Name)) ctx.writeObject(new GraphEnvironmentObject(environment));
  },
};

export default GetMgEnvironment;
