// The module system's user-visible texts, copied from pwsh 7.6.9 (Modules.resx).

export const ModuleMsg = {
  ModuleNotFound: "The specified module '{0}' was not loaded because no valid module file was found in any module directory.",
  PowerShellVersionTooLow:
    "The version of PowerShell on this computer is '{0}'. The module '{1}' requires a minimum PowerShell version of '{2}' to run. Verify that you have the minimum required version of PowerShell installed, and then try again.",
  RequiredModuleNotLoaded: "The required module '{0}' is not loaded. Load the module or remove the module from 'RequiredModules' in the file '{1}'.",
  NoModulesRemoved: 'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
  ExportOutsideModule: 'The Export-ModuleMember cmdlet can only be called from inside a module.',
  LoadingModule: "Loading module from path '{0}'.",
  ExportingFunction: "Exporting function '{0}'.",
  ExportingAlias: "Exporting alias '{0}'.",
  ExportingVariable: "Exporting variable '{0}'.",
  ImportingFunction: "Importing function '{0}'.",
  ImportingAlias: "Importing alias '{0}'.",
  ImportingVariable: "Importing variable '{0}'.",
  RemovingFunction: 'Removing the imported "{0}" function.',
  RemovingAlias: 'Removing the imported "{0}" alias.',
  RemovingVariable: 'Removing the imported "{0}" variable.',
  UnapprovedVerbs:
    "The names of some imported commands from the module '{0}' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.",
  UnapprovedVerbCommand:
    "The '{0}' command in the {1}' module was imported, but because its name does not include an approved verb, it might be difficult to find. For a list of approved verbs, type Get-Verb.",
};
