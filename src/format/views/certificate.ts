// The certificate views of Certificate.format.ps1xml (reference §1.2): ThumbprintTable, the default, grouped by
// PSParentPath; ThumbprintList for Format-List and for store locations and stores.

import { getPropertyValue } from '../../runtime/values';
import { registerViews } from './registry';

const X509_CERTIFICATE2 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';
const X509_STORE = 'System.Security.Cryptography.X509Certificates.X509Store';
const X509_STORE_LOCATION = 'Microsoft.PowerShell.Commands.X509StoreLocation';

const path = (...names: string[]) => (target: unknown) => names.reduce((v, name) => getPropertyValue(v, name), target);

registerViews(
  {
    kind: 'table',
    name: 'ThumbprintTable',
    typeNames: [X509_CERTIFICATE2],
    groupBy: { label: 'PSParentPath', property: 'PSParentPath' },
    columns: [
      { property: 'Thumbprint', width: 41 },
      { property: 'Subject', width: 20 },
      { label: 'EnhancedKeyUsageList', property: path('EnhancedKeyUsageList', 'FriendlyName') },
    ],
  },
  {
    kind: 'list',
    name: 'ThumbprintList',
    typeNames: [X509_STORE_LOCATION, X509_CERTIFICATE2, X509_STORE],
    entries: [
      { selectedBy: [X509_STORE_LOCATION], items: [{ property: 'Location' }, { property: 'StoreNames' }] },
      { selectedBy: [X509_STORE], items: [{ property: 'Name' }] },
      {
        items: [
          { label: 'Subject', property: path('SubjectName', 'Name') },
          { label: 'Issuer', property: path('IssuerName', 'Name') },
          { property: 'Thumbprint' },
          { property: 'FriendlyName' },
          { property: 'NotBefore' },
          { property: 'NotAfter' },
          { property: 'Extensions' },
        ],
      },
    ],
  },
);
