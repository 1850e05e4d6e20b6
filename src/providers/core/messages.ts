// Every user-visible text of the providers and the location/item cmdlets, copied from pwsh 7.6.9
// (SessionStateStrings, FileSystemProviderStrings, NavigationResources, ...). {0}, {1} are filled by fmt().

export { fmt } from '../../runtime/messages';

export const ProviderMsg = {
  PathNotFound: "Cannot find path '{0}' because it does not exist.",
  DriveNotFound: "Cannot find drive. A drive with the name '{0}' does not exist.",
  FileExists: "The file '{0}' already exists.",
  DirectoryExists: 'An item with the specified name {0} already exists.',
  PartOfPathNotFound: "Could not find a part of the path '{0}'.",
  AccessDenied: "Access to the path '{0}' is denied.",
  ContainerContent: "Unable to get content because it is a directory: '{0}'. Please use 'Get-ChildItem' instead.",
  NoQualifier: "Cannot parse path because path '{0}' does not have a qualifier specified.",
  ArgumentInvalid: 'Cannot process argument because the value of argument "{0}" is not valid. Change the value of the "{0}" argument and run the operation again.',
  ArgumentNull: 'Cannot process argument because the value of argument "{0}" is null. Change the value of argument "{0}" to a non-null value.',
  StackNotFound: "Cannot find location stack '{0}'. It does not exist or it is not a container.",
  NonInteractive: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
  CopyOntoItself: 'Cannot overwrite the item {0} with itself.',
  TailAndHead: 'The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.',
  ItemExists: "The item at path '{0}' already exists.",
  ProviderNotFound: "Cannot find a provider with the name '{0}'.",
  HomeNotSet: 'Home location for this provider is not set. To set the home location, call "(get-psprovider \'{0}\').Home = \'path\'".',
  // ShouldProcess actions and targets of the session-state providers (Env:, Variable:, Alias:, Function:).
  NewItemAction: 'New Item',
  NewItemTarget: 'Item: {0} Type: {1} Value: {2}',
  RemoveItemAction: 'Remove Item',
  CopyItemAction: 'Copy Item',
  MoveItemAction: 'Move Item',
  ItemTarget: 'Item: {0}',
  ItemDestinationTarget: 'Item: {0} Destination: {1}',
  SetContentAction: 'Set Content',
  AddContentAction: 'Add Content',
  ContentTarget: 'Path: {0}',
  ValueNull: "Value cannot be null. (Parameter '{0}')",
  NullPathParameter: 'The provided Path argument was null or an empty collection.',
  ItemMissingOrFiltered: 'An object at the specified path {0} does not exist, or has been filtered by the -Include or -Exclude parameter.',
  RenameAction: 'Rename Item',
  RenameToPath: 'Cannot rename the specified target, because it represents a path or device name.',
  NotSupported: 'Provider operation stopped because the provider does not support this operation.',
} as const;
