// Every user-visible text of the runtime, copied from pwsh 7.6.9 (or ../shared/reference/pwsh-format.md).
// {0}, {1}, ... are filled by fmt().

export function fmt(template: string, ...args: unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

export const Msg = {
  // Members (ExtendedTypeSystem / ParserStrings)
  MethodNotFound: "Method invocation failed because [{0}] does not contain a method named '{1}'.",
  MethodAmbiguousOverloads: 'Multiple ambiguous overloads found for "{0}" and the argument count: "{1}".',
  InvokeMethodOnNull: 'You cannot call a method on a null-valued expression.',
  PropertyAssignmentException: "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
  PropertyNotFoundStrict: "The property '{0}' cannot be found on this object. Verify that the property exists.",
  PropertyIsReadOnly: "'{0}' is a ReadOnly property.",
  MethodInvocationException: 'Exception calling "{0}" with "{1}" argument(s): "{2}"',
  MethodArgumentConversionInvalidCastArgument: 'Cannot convert argument "{0}", with value: "{1}", for "{2}" to type "{3}": "{4}"',
  MethodArgumentCountException: 'Cannot find an overload for "{0}" and the argument count: "{1}".',
  ForEachNonexistentMemberReference:
    "The ForEach() operator could not find a member '{0}' on the target object. Please verify that the named member exists and then try running your script again.",
  NullArrayIndex: 'Cannot index into a null array.',
  CannotIndex: 'Unable to index into an object of type "{0}".',
  IndexOutOfRange: 'Index was outside the bounds of the array.',
  // .NET's Exception() default message, for a thrown value that carries no message of its own
  ExceptionOfTypeThrown: "Exception of type '{0}' was thrown.",
  // WildcardPatternStrings
  InvalidWildcardPattern: 'The specified wildcard character pattern is not valid: {0}',
  // Enumeration (.NET's InvalidOperation_EnumFailedVersion; pwsh's BadEnumeration wrapper)
  CollectionModified: 'Collection was modified; enumeration operation may not execute.',
  UndefinedIntegerToEnum:
    'Cannot convert value "{0}" to type "{1}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{2}".',
  BadEnumeration: 'An error occurred while enumerating through a collection: {0}.',
  // Conversion (ExtendedTypeSystem)
  InvalidCastFromStringToInteger: 'Cannot convert value "{0}" to type "{1}". Error: "The input string \'{0}\' was not in a correct format."',
  InvalidCastException: 'Cannot convert the "{0}" value of type "{1}" to type "{2}".',
  InvalidCastExceptionWithInner: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
  InvalidCastFromNull: 'Cannot convert null to type "{0}".',
  TypeNotFound: 'Unable to find type [{0}].',
  // Operators
  DivideByZero: 'Attempted to divide by zero.',
  OperatorNotSupported: 'The operation \'[{0}] {1} [{2}]\' is not defined.',
  // Variables / commands
  ProgramExitedWithNonZeroCode: 'Program "{0}" ended with non-zero exit code: {1} ({2}).',
  ProgramFailedToExecute: "Program '{0}' failed to run: {1}{2}",
  CommandNotFound: "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  VariableIsUndefined: "The variable '${0}' cannot be retrieved because it has not been set.",
  InvalidScopeName: 'Cannot process argument because the value of parameter "Scope" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "Scope" parameter and run the operation again.',
  ScopeNumberOutOfRange: "The scope number '{0}' exceeds the number of active scopes. (Parameter 'Scope')\nActual value was {0}.",
  VariableIsReadOnly: 'Cannot overwrite variable {0} because it is read-only or constant.',
  // Metadata strings for attributed variables (`[ValidateRange(0, 10)][int]$n`)
  InvalidValueFailure: 'The variable cannot be validated because the value {1} is not a valid value for the {0} variable.',
  ValidateVariableFailure: 'The attribute cannot be added because variable {0} with value {1} would no longer be valid.',
  CustomAttributeTypeNotFound: "Cannot find the type for custom attribute '{0}'. Make sure that the assembly that contains this type is loaded.",
  // CommandBaseStrings: what ShouldProcess shows for an operation on a target
  ShouldProcessMessage: 'Performing the operation "{0}" on target "{1}".',
  ScriptBlockArgumentNoInput: 'Cannot evaluate parameter \'{0}\' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.',
} as const;

/** ParameterBinderStrings (binder errors), from pwsh 7.6.9. */
export const BinderMsg = {
  NamedParameterNotFound: "A parameter cannot be found that matches parameter name '{0}'.",
  AmbiguousParameter: "Parameter cannot be processed because the parameter name '{0}' is ambiguous. Possible matches include:{1}.",
  AmbiguousParameterSet: 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  MissingMandatoryParameter: 'Cannot process command because of one or more missing mandatory parameters:{0}.',
  PositionalParameterNotFound: "A positional parameter cannot be found that accepts argument '{0}'.",
  MissingArgument: "Missing an argument for parameter '{0}'. Specify a parameter of type '{1}' and try again.",
  ParameterAlreadyBound: 'Cannot bind parameter because parameter \'{0}\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
  CannotConvertArgument: "Cannot convert '{0}' to the type '{1}' required by parameter '{2}'. {3}",
  NotSupported: 'Specified method is not supported.',
  CannotConvertArgumentNoMessage: "Cannot bind parameter '{0}'. {1}",
  ParameterArgumentTransformationError: "Cannot process argument transformation on parameter '{0}'. {1}",
  ParameterArgumentValidationError: "Cannot validate argument on parameter '{0}'. {1}",
  NullNotAllowed: "Cannot bind argument to parameter '{0}' because it is null.",
  EmptyStringNotAllowed: "Cannot bind argument to parameter '{0}' because it is an empty string.",
  EmptyArrayNotAllowed: "Cannot bind argument to parameter '{0}' because it is an empty array.",
  SwitchConversion: 'Cannot convert value "{0}" to type "System.Management.Automation.SwitchParameter". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
  InputObjectNotBound: 'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
  ScriptBlockArgumentNoOutput: "Cannot evaluate parameter '{0}' because its argument input did not produce any output.",
  ScriptBlockArgumentInvocationFailed: "The input to the script block for parameter '{0}' failed. {1}",
  InputObjectMissingMandatory: 'The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: {0}',
  // Validation texts (Metadata strings)
  ValidateSetFailure: 'The argument "{0}" does not belong to the set "{1}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
  ValidateRangeTooBig: 'The {0} argument is greater than the maximum allowed range of {1}. Supply an argument that is less than or equal to {1} and then try the command again.',
  ValidateRangeTooSmall: 'The {0} argument is less than the minimum allowed range of {1}. Supply an argument that is greater than or equal to {1} and then try the command again.',
  ValidatePatternFailure: 'The argument "{0}" does not match the "{1}" pattern. Supply an argument that matches "{1}" and try the command again.',
  ValidateNotNullOrEmptyFailure: 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ValidateNotNullFailure: 'The argument is null. Provide a valid value for the argument, and then try running the command again.',
  ValidateNotNullOrEmptyCollectionFailure: 'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  ValidateNotNullCollectionFailure: 'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.',
  ValidateCountFailure: 'The parameter requires at least {0} value(s) and no more than {1} value(s) - {2} value(s) were provided.',
  ValidateLengthMaxFailure: 'The character length of the {0} argument is too long. Shorten the character length of the argument so it is fewer than or equal to "{1}" characters, and then try the command again.',
  ValidateLengthMinFailure: 'The character length ({0}) of the argument is too short. Specify an argument with a length that is greater than or equal to "{1}", and then try the command again.',
  ValidateScriptFailure: 'The "{1}" validation script for the argument with value "{0}" did not return a result of True. Determine why the validation script failed, and then try the command again.',
  NonInteractive: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
} as const;
