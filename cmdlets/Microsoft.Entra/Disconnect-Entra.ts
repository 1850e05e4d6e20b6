// Disconnect-Entra: calls Disconnect-MgGraph (no parameters of its own); its errors are Disconnect-MgGraph's.
import type { CommandDefinition } from '../../src/runtime/command-types';
import DisconnectMgGraph from '../Microsoft.Graph.Authentication/Disconnect-MgGraph';

const DisconnectEntra: CommandDefinition = { ...DisconnectMgGraph, name: 'Disconnect-Entra', module: 'Microsoft.Entra' };

export default DisconnectEntra;
