// Get-EntraUser: users by id or UPN, -Filter, -SearchString, -Top, -All.
import { MODEL_TYPES } from './shared/graph-models';
import { graphQueryCommand } from './shared/graph-query';

export default graphQueryCommand({
  name: 'Get-EntraUser',
  collection: 'users',
  id: { name: 'UserId', aliases: ['ObjectId', 'UPN', 'Identity', 'UserPrincipalName'] },
  modelType: MODEL_TYPES.user,
  searchFilter: (text) => `startswith(displayName,'${text}') or startswith(userPrincipalName,'${text}')`,
  notConnected: "Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes User.Read.All' to authenticate.",
});
