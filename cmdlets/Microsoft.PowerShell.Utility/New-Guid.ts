// New-Guid: a random (version 4) GUID, the empty GUID with -Empty, or a GUID parsed from its text.

import { randomUUID } from 'node:crypto';
import type { CommandDefinition } from '../../src/runtime/command-types';
import { Guid } from '../../src/runtime/values';
import { convertTo } from '../../src/runtime/convert';

interface Params {
  Empty?: boolean;
  InputObject?: string;
}

const NewGuid: CommandDefinition<Params> = {
  name: 'New-Guid',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.NewGuidCommand',
  defaultParameterSet: 'Default',
  supportsCommonParameters: true,
  outputType: ['System.Guid'],
  parameters: [
    { name: 'Empty', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'Empty' }] },
    { name: 'InputObject', type: 'System.String', sets: [{ name: 'InputObject', position: 0, valueFromPipeline: true }] },
  ],
  process(ctx) {
    if (ctx.params.Empty) ctx.writeObject(Guid.Empty);
    else if (ctx.params.InputObject !== undefined) ctx.writeObject(convertTo(ctx.params.InputObject, 'System.Guid'));
    else ctx.writeObject(new Guid(randomUUID()));
  },
};

export default NewGuid;
