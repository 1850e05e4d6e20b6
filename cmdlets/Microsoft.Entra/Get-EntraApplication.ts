// Get-EntraApplication: applications by id, -Filter, -SearchString, -Top, -All.
import { MODEL_TYPES } from './shared/graph-models';
import { graphQueryCommand } from './shared/graph-query';

export default graphQueryCommand({
  name: 'Get-EntraApplication',
  collection: 'applications',
  id: { name: 'ApplicationId', aliases: ['ObjectId'] },
  modelType: MODEL_TYPES.application,
  searchFilter: (text) => `displayName eq '${text}' or startswith(displayName,'${text}')`,
});
