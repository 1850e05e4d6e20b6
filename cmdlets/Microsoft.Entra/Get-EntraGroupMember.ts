// Get-EntraGroupMember: a group's members (directory objects, `groups/{id}/members`), -Top or -All.
import type { CommandDefinition } from '../../src/runtime/command-types';
import { MODEL_TYPES } from './shared/graph-models';
import { type GraphQueryParams, runGraphQuery } from './shared/graph-query';

interface Params extends GraphQueryParams {
  GroupId: string;
}

const GetEntraGroupMember: CommandDefinition<Params> = {
  name: 'Get-EntraGroupMember',
  module: 'Microsoft.Entra',
  supportsCommonParameters: true,
  outputType: [MODEL_TYPES.directoryObject],
  parameters: [
    { name: 'GroupId', type: 'System.String', aliases: ['ObjectId'], mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Top', type: 'System.Int32', aliases: ['Limit'] },
    { name: 'All', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'Property', type: 'System.String[]', aliases: ['Select'] },
  ],
  process(ctx) {
    const { GroupId, Top, All, Property } = ctx.params;
    runGraphQuery(
      ctx,
      {
        name: 'Get-EntraGroupMember',
        collection: `groups/${encodeURIComponent(GroupId)}/members`,
        id: { name: 'MemberId', aliases: [] },
        modelType: MODEL_TYPES.directoryObject,
        searchFilter: (text) => text,
      },
      { Top, All, Property },
    );
  },
};

export default GetEntraGroupMember;
