// New-TemporaryFile: creates an empty, owner-only file named tmpXXXXXX.tmp in the temporary directory ($env:TMPDIR or
// /tmp, as .NET's Path.GetTempFileName) and writes its FileInfo.

import * as fs from 'fs';
import * as path from 'path';
import { randomInt } from 'crypto';
import type { CommandDefinition } from '../../src/runtime/command-types';
import { FileInfo } from '../../src/providers/filesystem/file-system-info';

const NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function tempDirectory(): string {
  return (process.env.TMPDIR || '/tmp').replace(/\/?$/, '/');
}

/** Creates the file exclusively under a fresh random name (retrying the rare name already taken). */
function createTempFile(directory: string): string {
  for (;;) {
    const name = 'tmp' + Array.from({ length: 6 }, () => NAME_CHARS[randomInt(NAME_CHARS.length)]).join('') + '.tmp';
    const file = path.join(directory, name);
    try {
      fs.closeSync(fs.openSync(file, 'wx', 0o600));
      return file;
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
    }
  }
}

const NewTemporaryFile: CommandDefinition = {
  name: 'New-TemporaryFile',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.NewTemporaryFileCommand',
  supportsCommonParameters: true,
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  outputType: ['System.IO.FileInfo'],
  parameters: [],
  end(ctx) {
    const directory = tempDirectory();
    if (!ctx.shouldProcess(directory)) return;
    let file: string;
    try {
      file = createTempFile(directory);
    } catch (e) {
      ctx.writeError(ctx.newError('NewTemporaryFileWriteError', (e as Error).message, 'WriteError', directory, 'System.IO.IOException'));
      return;
    }
    ctx.writeObject(new FileInfo(file));
  },
};

export default NewTemporaryFile;
