// The embedding API for Node: create a runspace, run script text and get objects back, register TypeScript cmdlets.
//
//   const rs = createRunspace();
//   const objects = rs.invoke('1..3 | ForEach-Object { $_ * 2 }');   // [2, 4, 6]
//   rs.registerCmdlet(myCmdlet);                                       // a CommandDefinition (src/runtime/command-types)
//   rs.runScript('Get-Thing | Format-Table');                          // formatted to stdout like psnode -Command

export { createRunspace, Runspace, type RunspaceOptions, type ScriptRunOptions } from './runspace';
export type { CommandDefinition, CommandContext, ParameterDefinition } from '../runtime/command-types';
export type { RunResult } from '../runtime/engine';
