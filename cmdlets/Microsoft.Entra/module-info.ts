// The Microsoft.Entra module psnode emulates (its Get-EntraContext reports these).
export const ENTRA_MODULE_NAME = 'Microsoft.Entra';
export const ENTRA_MODULE_VERSION = '1.3.0';
