// Session objects scripts see: System.Management.Automation.PSVariable (Get-Variable, the Variable: drive).

import { registerType, EnumValue } from '../values';
import { PSVariable } from '../session/scope';

registerType({
  fullName: 'System.Management.Automation.PSVariable',
  jsClass: PSVariable,
  properties: [
    { name: 'Name', type: 'string', get: (v: PSVariable) => v.name },
    { name: 'Description', type: 'string', get: (v: PSVariable) => v.description, set: (v: PSVariable, x) => (v.description = String(x ?? '')) },
    { name: 'Value', type: 'System.Object', get: (v: PSVariable) => v.value, set: (v: PSVariable, x) => (v.value = x) },
    { name: 'Visibility', type: 'System.Management.Automation.SessionStateEntryVisibility', get: () => new EnumValue('System.Management.Automation.SessionStateEntryVisibility', 'Public', 0) },
    { name: 'Module', type: 'psmoduleinfo', get: () => null },
    { name: 'ModuleName', type: 'string', get: () => '' },
    { name: 'Options', type: 'System.Management.Automation.ScopedItemOptions', get: (v: PSVariable) => new EnumValue('System.Management.Automation.ScopedItemOptions', v.options, 0) },
    { name: 'Attributes', type: 'System.Collections.ObjectModel.Collection[System.Attribute]', get: () => [] },
  ],
  toString: (v: PSVariable) => v.name,
});
