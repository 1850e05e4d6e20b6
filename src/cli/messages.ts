// The CLI's user-visible texts. pwsh's ConsoleHost strings (CommandLineParameterParser), with the program named
// psnode in the usage block.

export const CliMsg = {
  ArgumentNotScriptFile: "The argument '{0}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  BadEncodedCommand: 'Cannot process the command because the value specified with -EncodedCommand is not properly encoded. The value must be Base64 encoded.',
  MissingCommand: 'Cannot process the command because of a missing parameter. A command must follow -Command.',
  MissingFile: 'The command cannot be run because the File parameter requires a file path. Supply a path for the File parameter and then try the command again.',
  MissingWorkingDirectory: 'Cannot process the command because -WorkingDirectory requires an argument that is a directory path.',
  MissingExecutionPolicy: 'Cannot process the execution policy because of a missing policy name. A policy name must follow -ExecutionPolicy.',
  Version: 'PowerShell 7.6.9',
  Usage: "\nUsage: psnode [-Login] [[-File] <filePath> [args]]\n              [-Command { - | <script-block> [-args <arg-array>]\n                            | <string> [<CommandParameters>] } ]\n              [-CommandWithArgs <string> [<CommandParameters>]\n              [-ConfigurationName <string>] [-ConfigurationFile <filePath>]\n              [-CustomPipeName <string>] [-EncodedCommand <Base64EncodedCommand>]\n              [-ExecutionPolicy <ExecutionPolicy>] [-InputFormat {Text | XML}]\n              [-Interactive] [-MTA] [-NoExit] [-NoLogo] [-NonInteractive] [-NoProfile]\n              [-NoProfileLoadTime] [-OutputFormat {Text | XML}]\n              [-SettingsFile <filePath>] [-SSHServerMode] [-STA]\n              [-Version] [-WindowStyle <style>]\n              [-WorkingDirectory <directoryPath>]\n              [-Sandbox]\n\n       psnode -h | -Help | -? | /?\n\nPowerShell Online Help https://aka.ms/powershell-docs\n\nAll parameters are case-insensitive.\n",
} as const;
