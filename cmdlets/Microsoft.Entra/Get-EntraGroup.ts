// Get-EntraGroup: groups by id, -Filter, -SearchString, -Top, -All.
import { MODEL_TYPES } from './shared/graph-models';
import { graphQueryCommand } from './shared/graph-query';

export default graphQueryCommand({
  name: 'Get-EntraGroup',
  collection: 'groups',
  id: { name: 'GroupId', aliases: ['ObjectId'] },
  modelType: MODEL_TYPES.group,
  searchFilter: (text) => `mailNickName eq '${text}' or (mail eq '${text}' or (displayName eq '${text}' or startswith(displayName,'${text}')))`,
  notConnected: "Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes GroupMember.Read.All' to authenticate.",
});
