// Get-EntraServicePrincipal: service principals by id, -Filter, -SearchString, -Top, -All.
import { MODEL_TYPES } from './shared/graph-models';
import { graphQueryCommand } from './shared/graph-query';

export default graphQueryCommand({
  name: 'Get-EntraServicePrincipal',
  collection: 'servicePrincipals',
  id: { name: 'ServicePrincipalId', aliases: ['ObjectId'] },
  modelType: MODEL_TYPES.servicePrincipal,
  searchFilter: (text) => `displayName eq '${text}' or startswith(displayName,'${text}')`,
});
