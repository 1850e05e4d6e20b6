// Connect-Entra: Microsoft.Entra's proxy for Connect-MgGraph, with the same parameters forwarded unchanged; its
// errors are Connect-MgGraph's (same FullyQualifiedErrorId).
import type { CommandDefinition } from '../../src/runtime/command-types';
import ConnectMgGraph from '../Microsoft.Graph.Authentication/Connect-MgGraph';

const ConnectEntra: CommandDefinition<any> = {
  ...ConnectMgGraph,
  name: 'Connect-Entra',
  module: 'Microsoft.Entra',
};

export default ConnectEntra;
