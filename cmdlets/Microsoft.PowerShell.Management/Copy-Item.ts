// Copy-Item (copy, cpi): copies items to -Destination; a container without -Recurse copies only itself.

import { itemTransfer } from './shared/item-transfer';
import { SWITCH } from '../../src/providers/cmdlet-support';

export default itemTransfer(
  'Copy-Item',
  [{ name: 'Container', type: SWITCH }, { name: 'Recurse', type: SWITCH }],
  (provider, source, destination, ctx, opts) => provider.copyItem!(source, destination, !!ctx.params.Recurse, opts),
);
