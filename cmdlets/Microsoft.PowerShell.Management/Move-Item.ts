// Move-Item (mi, move): moves (renames) items to -Destination.

import { itemTransfer } from './shared/item-transfer';

export default itemTransfer('Move-Item', [], (provider, source, destination, _ctx, opts) => provider.moveItem!(source, destination, opts));
