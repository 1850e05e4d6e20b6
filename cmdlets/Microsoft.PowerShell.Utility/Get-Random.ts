// Get-Random: a random Int32, Int64 or Double in [Minimum, Maximum), random items of the input, or the input
// shuffled; -SetSeed repeats pwsh's sequence exactly (see shared/random-generator).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { RandomNumberGenerator } from './shared/random-generator';
import { RANDOM_PARAMETERS, RandomParams, randomBlocks } from './shared/random-command';

interface Params extends RandomParams {
  SetSeed?: number;
}

const GetRandom: CommandDefinition<Params> = {
  name: 'Get-Random',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.GetRandomCommand',
  defaultParameterSet: 'RandomNumberParameterSet',
  supportsCommonParameters: true,
  parameters: [{ name: 'SetSeed', type: 'System.Int32', validation: [{ kind: 'NotNull' }] }, ...RANDOM_PARAMETERS],
  ...randomBlocks<Params>((ctx) => {
    // Like pwsh, -SetSeed reseeds the session's generator: later calls without it continue the seeded sequence.
    const holder = ctx.session.service('Get-Random', () => ({ generator: new RandomNumberGenerator() }));
    if (ctx.params.SetSeed !== undefined) holder.generator = new RandomNumberGenerator(ctx.params.SetSeed);
    return holder.generator;
  }),
};

export default GetRandom;
