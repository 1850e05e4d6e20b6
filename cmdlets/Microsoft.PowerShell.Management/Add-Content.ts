// Add-Content: appends the given values to the content of items (creating files that do not exist).

import { contentWriter } from './shared/content-writer';

export default contentWriter('Add-Content', true);
