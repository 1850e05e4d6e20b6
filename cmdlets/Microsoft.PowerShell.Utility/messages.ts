// User-visible texts of the Microsoft.PowerShell.Utility cmdlets psnode implements, copied from pwsh 7.6.9.
// {0}, {1}, ... are filled by fmt() from src/runtime/messages.ts.

export const UtilityMsg = {
  // *-Alias
  AliasAlreadyExists: "The alias is not allowed, because an alias with the name '{0}' already exists.",
  AliasNotFound: "This command cannot find a matching alias because an alias with the name '{0}' does not exist.",
  // Unblock-File on Linux
  UnblockFileLinux: 'The cmdlet does not support Linux.',
  // Import-PowerShellDataFile
  DataFileNotHashtable: "The file '{0}' could not be parsed as a PowerShell Data File.",
  // Calculated properties (HashtableEntryDefinition / MshExpression)
  MissingExpression: 'A mandatory entry for expression is missing.',
  IllegalKey: 'The {0} key is not valid.',
  DuplicateKey: 'The duplicated key "{0}" conflicts with "{1}".',
  KeyHasNoValue: 'The {0} key has no value.',
  KeyWrongType: 'The "{0}" key has a type, {1}, that is not valid; expected type is {2}.',
  ExpressionWrongType: 'The "{0}" key has a type, {1}, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.',
  WildcardNotAllowed: 'Wildcard characters are not allowed in "{0}".',
  // Get-Member
  NoObjectInGetMember: 'You must specify an object for the Get-Member cmdlet.',
  // Select-Object
  PropertyNotFound: 'Property "{0}" cannot be found.',
  AlreadyExistingProperty: 'The property cannot be processed because the property "{0}" already exists.',
  // New-TimeSpan (System.TimeSpan's constructor)
  TimeSpanTooLong: 'TimeSpan overflowed because the duration is too long.',
  // Measure-Object
  NotNumeric: 'Input object "{0}" is not numeric.',
  // ConvertTo-Json / ConvertFrom-Json
  JsonTruncated: 'Resulting JSON is truncated as serialization has exceeded the set depth of {0}.',
  UnknownSelectorType: 'Cannot convert {0} to one of the following types {System.String, System.Management.Automation.ScriptBlock}.',
  JsonNonStringKey: "The type '{0}' is not supported for serialization or deserialization of a dictionary. Keys must be strings.",
  StringDataLineNotNameValue: "Data line '{0}' is not in 'name=value' format. ",
  StringDataItemAlreadyDefined: "Data item '{0}' in line '{1}' is already defined. ",
  JsonConversionFailed: 'Conversion from JSON failed with error: {0}',
  JsonDuplicateKeys: "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '{0}' was '{1}'.",
  JsonUnexpectedEnd: "Unexpected end while parsing unquoted property name. Path '{0}', line {1}, position {2}.",
  JsonUnexpectedCharacter: "Unexpected character encountered while parsing value: {0}. Path '{1}', line {2}, position {3}.",
  JsonExpectedColon: "Invalid character after parsing property name. Expected ':' but got: {0}. Path '{1}', line {2}, position {3}.",
  JsonUnterminated: "Unterminated string. Expected delimiter: \". Path '{0}', line {1}, position {2}.",
  JsonAdditionalText: "Additional text encountered after finished reading JSON content: {0}. Path '{1}', line {2}, position {3}.",
  JsonUnexpectedEndOfContent: "Unexpected end when reading JSON. Path '{0}', line {1}, position {2}.",
  // Add-Member
  MemberAlreadyExists: 'Cannot add a member with the name "{0}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.',
  // Get-Random
  MinGreaterThanOrEqualMax: 'The Minimum value ({0}) cannot be greater than or equal to the Maximum value ({1}).',
  // *-Variable
  VariableNotFound: "Cannot find a variable with the name '{0}'.",
  VariableAlreadyExists: "A variable with name '{0}' already exists.",
  VariableNotWritable: 'Cannot overwrite variable {0} because it is read-only or constant.',
  VariableNotRemovable: 'Cannot remove variable {0} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.',
  // New-Object
  TypeNotFound: 'Cannot find type [{0}]: verify that the assembly containing this type is loaded.',
  CannotFindAppropriateCtor: 'A constructor was not found. Cannot find an appropriate constructor for type {0}.',
  MemberNotFound: 'The member "{0}" was not found for the specified {1} object.',
  // Out-File (and Tee-Object -FilePath, which runs it)
  OutputToFileAction: 'Output to File',
  FileNotFound: 'Unable to find the specified file.',
  WildcardResolvedToNoFile: 'Cannot perform operation because the wildcard path {0} did not resolve to a file.',
  MultipleFilesNotSupported: 'Cannot perform operation because operation "ReportMultipleFilesNotSupported" is not valid. Remove operation "ReportMultipleFilesNotSupported", or investigate why it is not valid.',
  MultipleFilesDetails: 'Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.',
  NotFileSystemProviderDetails: 'Cannot open file because the current provider ({0}) cannot open a file.',
  NotFileSystemProvider: 'Cannot perform operation because operation "ReportWrongProviderType" is not valid. Remove operation "ReportWrongProviderType", or investigate why it is not valid.',
  PartOfPathNotFound: "Could not find a part of the path '{0}'.",
  CouldNotFindFile: "Could not find file '{0}'.",
  // ConvertTo-/Export-/ConvertFrom-/Import-Csv (CsvCommandStrings, ExtendedTypeSystem)
  CsvQuoteFieldsAndUseQuotes: 'You must specify either the -UseQuotes or -QuoteFields parameters, but not both.',
  CsvIncludeAndNoTypeInformation: 'You must specify either the -IncludeTypeInformation or -NoTypeInformation parameters, but not both.',
  CsvPathAndLiteralPath: 'You must specify either the -Path or -LiteralPath parameters, but not both.',
  CsvAppendMismatch: 'Cannot append CSV content to the following file: {1}. The appended object does not have a property that corresponds to the following column: {0}. To continue with mismatched properties, add the -Force parameter, and then retry the command.',
  CsvDefaultHeaderNames: 'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.',
  CsvMemberAlreadyPresent: 'The member "{0}" is already present.',
  NullReference: 'Object reference not set to an instance of an object.',
  AccessDenied: "Access to the path '{0}' is denied.",
  FileExists: "The file '{0}' already exists.",
} as const;
