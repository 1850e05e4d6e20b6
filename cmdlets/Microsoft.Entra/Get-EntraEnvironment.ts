// Get-EntraEnvironment: Get-MgEnvironment under Microsoft.Entra's name (-Name also from the pipeline).
import type { CommandDefinition } from '../../src/runtime/command-types';
import GetMgEnvironment from '../Microsoft.Graph.Authentication/Get-MgEnvironment';

const GetEntraEnvironment: CommandDefinition<{ Name?: string }> = {
  ...GetMgEnvironment,
  name: 'Get-EntraEnvironment',
  module: 'Microsoft.Entra',
  implementingType: undefined,
  defaultParameterSet: 'GetQuery',
  parameters: [{ name: 'Name', type: 'System.String', sets: [{ name: 'GetQuery', valueFromPipeline: true, valueFromPipelineByPropertyName: true }] }],
};

export default GetEntraEnvironment;
