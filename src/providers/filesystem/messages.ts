// FileSystem provider texts (FileSystemProviderStrings), copied from pwsh 7.6.9 on Linux.

export const FileSystemMsg = {
  UnknownType: 'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
  ItemNotFound: 'Could not find item {0}.',
  CannotRemoveItem: 'You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.',
  EmptyPath: "The value cannot be an empty string. (Parameter 'path')",
  CreateFileAction: 'Create File',
  CreateDirectoryAction: 'Create Directory',
  RemoveFileAction: 'Remove File',
  RemoveDirectoryAction: 'Remove Directory',
  CopyFileAction: 'Copy File',
  CopyDirectoryAction: 'Copy Directory',
  MoveFileAction: 'Move File',
  MoveDirectoryAction: 'Move Directory',
  RenameFileAction: 'Rename File',
  RenameDirectoryAction: 'Rename Directory',
  DestinationTarget: 'Destination: {0}',
  EncodingNotUsed: "Encoding not used when '-AsByteStream' specified.",
  ByteEncodingError: 'Cannot proceed with byte encoding. When using byte encoding the content must be of type byte.',
  DelimiterWithBytes: "A delimiter cannot be specified when reading the stream one byte at a time. (Parameter 'delimiter')",
  RawAndDelimiter: "The 'Raw' and 'Delimiter' parameters cannot be specified in the same command.",
  RawAndCount: "The 'Raw' and '{0}' parameters cannot be specified in the same command.",
  // -Attributes (FlagsExpression<FileAttributes>), inside the binder's "Cannot convert value ... Error: "{0}"".
  AttributesConversion: 'Cannot bind parameter \'Attributes\'. Cannot convert value "{0}" to type "System.Management.Automation.FlagsExpression`1[System.IO.FileAttributes]". Error: "{1}"',
  UnknownAttributeName: 'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}',
  AttributesSyntax: 'Unable to parse the expression due to an unexpected token. An identifier name or a NOT (!) operator is expected at the start of the expression, or after an OR (,) operator or an AND (+) operator. Also, an expression must not end with an OR (,), AND (+) or NOT (!) operator.',
  // Encoding.GetEncoding's texts, inside pwsh's "Cannot process argument transformation on parameter 'Encoding'."
  UnsupportedEncodingName: "'{0}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
  NoEncodingData: 'No data is available for encoding {0}. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.',
  Utf7Disabled: 'Support for UTF-7 is disabled. See https://aka.ms/dotnet-warnings/SYSLIB0001 for more information.',
  Utf7Obsolete: "Encoding 'UTF-7' is obsolete, please use UTF-8.",
  CodePageRange: "Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')",
} as const;
