// Remove-MgEnvironment: removes a user-defined environment and returns it.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { identityOf, withIdentityErrors } from './shared/identity-service';
import { GraphEnvironmentObject } from './shared/types';

interface Params {
  Name: string;
}

const RemoveMgEnvironment: CommandDefinition<Params> = {
  name: 'Remove-MgEnvironment',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.RemoveMgEnvironment',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  outputType: ['Microsoft.Graph.PowerShell.Authentication.GraphEnvironment'],
  parameters: [{ name: 'Name', type: 'System.String', position: 0, mandatory: true, valueFromPipelineByPropertyName: true }],
  process(ctx) {
    if (!ctx.shouldProcess(ctx.params.Name, 'removing environment')) return;
    const removed = withIdentityErrors(ctx, () => identityOf(ctx).environments.remove(ctx.params.Name), { escapes: true });
    if (removed) ctx.writeObject(new GraphEnvironmentObject(removed));
  },
};

export default RemoveMgEnvironment;
