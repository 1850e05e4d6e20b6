// FileSystem provider texts (FileSystemProviderStrings), copied from pwsh 7.6.9 on Linux.

export const FileSystemMsg = {
  UnknownType: 'The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.',
} as const;
