// Set-Content: replaces the content of items (creating files that do not exist) with the given values.

import { contentWriter } from './shared/content-writer';

export default contentWriter('Set-Content', false);
