// Texts of class and enum definitions and their use, copied from pwsh 7.6.9 (ParserStrings, ExtendedTypeSystem).

export const ClassMsg = {
  MemberAlreadyDefined: "The member '{0}' is already defined.",
  SealedBaseClass: "Cannot inherit from sealed class '{0}'.",
  BaseClassNoDefaultCtor: "Base class '{0}' does not contain a parameterless constructor.",
  TypeCreationError: 'Error during creation of type "{0}". Error message:\n{1}',
  MissingInterfaceMethod: "Method '{0}' in type '{1}' from assembly 'PowerShell Class Assembly, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null' does not have an implementation.",
  AttributeNotAllowedOnDeclaration: "Attribute '{0}' is not valid on this declaration. It is valid on '{1}' declarations only.",
  CannotConvertValue: 'Cannot convert the value to type "{0}".',
  EnumeratorValueMustBeConstant: 'Enumerator value must be a constant value.',
  EnumeratorValueOutOfBounds: 'Enumerator value is either too large or too small for {0}.',
  InvalidUnderlyingType:
    "'{0}' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)",
  ErrorLoadingAssembly: "Cannot load assembly '{0}'.",
  ModuleNotFoundDuringParse: "Could not find the module '{0}'.",
  ExceptionWhenSetting: 'Exception setting "{0}": "{1}"',
  MethodCountCouldNotFindBest: 'Cannot find an overload for "{0}" and the argument count: "{1}".',
} as const;
