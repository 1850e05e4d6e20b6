// Get-SecureRandom: Get-Random's numbers, items and shuffles, always from cryptographic bytes (no -SetSeed).

import type { CommandDefinition } from '../../src/runtime/command-types';
import { RandomNumberGenerator } from './shared/random-generator';
import { RANDOM_PARAMETERS, RandomParams, randomBlocks } from './shared/random-command';

const GetSecureRandom: CommandDefinition<RandomParams> = {
  name: 'Get-SecureRandom',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.GetSecureRandomCommand',
  defaultParameterSet: 'RandomNumberParameterSet',
  supportsCommonParameters: true,
  parameters: RANDOM_PARAMETERS,
  ...randomBlocks<RandomParams>(() => new RandomNumberGenerator()),
};

export default GetSecureRandom;
