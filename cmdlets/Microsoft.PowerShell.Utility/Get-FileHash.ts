// Get-FileHash: the SHA1/SHA256/SHA384/SHA512/MD5 hash of each file a path names (wildcards expand; a missing file is
// a non-terminating error), as FileHashInfo objects with the hash in upper-case hex.

import * as fs from 'fs';
import { createHash } from 'crypto';
import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { registerType } from '../../src/runtime/values';
import { providerState } from '../../src/providers/cmdlet-support';
import { ProviderMsg, fmt } from '../../src/providers/core/messages';
import { UtilityMsg } from './messages';

const TYPE = 'Microsoft.PowerShell.Commands.GetFileHashCommand';
const ALGORITHMS = ['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'];

/** Microsoft.PowerShell.Commands.FileHashInfo. */
export class FileHashInfo {
  constructor(
    readonly Algorithm: string,
    readonly Hash: string,
    readonly Path: string | null,
  ) {}
}

registerType({
  fullName: 'Microsoft.PowerShell.Commands.FileHashInfo',
  jsClass: FileHashInfo,
  properties: [
    { name: 'Algorithm', type: 'string', get: (h: FileHashInfo) => h.Algorithm },
    { name: 'Hash', type: 'string', get: (h: FileHashInfo) => h.Hash },
    { name: 'Path', type: 'string', get: (h: FileHashInfo) => h.Path },
  ],
});

interface Params {
  Path?: string[];
  LiteralPath?: string[];
  InputStream?: unknown;
  Algorithm?: string;
}

function fileHash(ctx: CommandContext<Params>, file: string): void {
  const algorithm = (ctx.params.Algorithm ?? 'SHA256').toUpperCase();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const denied = code === 'EISDIR' || code === 'EACCES' || code === 'EPERM';
    const message = denied ? fmt(UtilityMsg.AccessDenied, file) : (e as Error).message;
    ctx.writeError(ctx.newError(denied ? 'UnauthorizedAccessError' : 'FileReadError', message, denied ? 'InvalidData' : 'ReadError', file,
      denied ? 'System.UnauthorizedAccessException' : 'System.IO.IOException'));
    return;
  }
  const hash = createHash(algorithm.toLowerCase()).update(bytes).digest('hex').toUpperCase();
  ctx.writeObject(new FileHashInfo(algorithm, hash, file));
}

const GetFileHash: CommandDefinition<Params> = {
  name: 'Get-FileHash',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: TYPE,
  defaultParameterSet: 'Path',
  supportsCommonParameters: true,
  outputType: ['Microsoft.PowerShell.Commands.FileHashInfo'],
  parameters: [
    { name: 'Path', type: 'System.String[]', sets: [{ name: 'Path', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }] },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], sets: [{ name: 'LiteralPath', position: 0, mandatory: true, valueFromPipelineByPropertyName: true }] },
    { name: 'InputStream', type: 'System.IO.Stream', sets: [{ name: 'StreamParameterSet', position: 0, mandatory: true }] },
    { name: 'Algorithm', type: 'System.String', position: 1, validation: [{ kind: 'Set', values: ALGORITHMS }] },
  ],
  process(ctx) {
    const state = providerState(ctx);
    const literal = ctx.params.LiteralPath !== undefined;
    for (const given of ctx.params.LiteralPath ?? ctx.params.Path ?? []) {
      for (const target of literal ? [state.resolveLiteral(given)] : state.resolveWildcard(given)) {
        if (!target.providerInfo.provider.itemExists(target.providerPath, { force: false, dynamicParameters: {} })) {
          ctx.writeError(ctx.newError('FileNotFound', fmt(ProviderMsg.PathNotFound, target.providerPath), 'ObjectNotFound', given,
            'System.Management.Automation.ItemNotFoundException'));
          continue;
        }
        fileHash(ctx, target.providerPath);
      }
    }
  },
};

export default GetFileHash;
