// Every user-visible text of the runtime, copied from pwsh 7.6.9 (or ../shared/reference/pwsh-format.md).
// {0}, {1}, ... are filled by fmt().

export function fmt(template: string, ...args: unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

export const Msg = {
  // Members (ExtendedTypeSystem / ParserStrings)
  MethodNotFound: "Method invocation failed because [{0}] does not contain a method named '{1}'.",
  InvokeMethodOnNull: 'You cannot call a method on a null-valued expression.',
  PropertyAssignmentException: "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
  PropertyNotFoundStrict: "The property '{0}' cannot be found on this object. Verify that the property exists.",
  PropertyIsReadOnly: "'{0}' is a ReadOnly property.",
  MethodInvocationException: 'Exception calling "{0}" with "{1}" argument(s): "{2}"',
  MethodArgumentCountException: 'Cannot find an overload for "{0}" and the argument count: "{1}".',
  NullArrayIndex: 'Cannot index into a null array.',
  CannotIndex: 'Unable to index into an object of type "{0}".',
  IndexOutOfRange: 'Index was outside the bounds of the array.',
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
  CommandNotFound: "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  VariableNotFound: "The variable '${0}' cannot be retrieved because it has not been set.",
  VariableIsReadOnly: 'Cannot overwrite variable {0} because it is read-only or constant.',
  ScriptBlockArgumentNoInput: 'Cannot evaluate parameter \'{0}\' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.',
} as const;
