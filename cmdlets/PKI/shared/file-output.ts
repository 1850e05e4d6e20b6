// Writing an exported file as Export-Certificate / Export-PfxCertificate do: -NoClobber refuses an existing file,
// otherwise it is replaced; the result is the file's FileInfo.
import { existsSync, writeFileSync } from 'fs';
import type { CommandContext } from '../../../src/runtime/command-types';
import { fmt } from '../../../src/runtime/messages';
import { PkiMsg } from '../messages';
import { fileItem, fileSystemPath } from './pki-support';

export function writeExportFile(ctx: CommandContext<any>, filePath: string, bytes: Buffer, noClobber: boolean | undefined, mode?: number): void {
  const path = fileSystemPath(ctx, filePath);
  if (noClobber && existsSync(path)) {
    ctx.writeError(ctx.newError('NoClobber', fmt(PkiMsg.FileExists, path), 'ResourceExists', path, 'System.IO.IOException'));
    return;
  }
  if (!ctx.shouldProcess(path)) return;
  writeFileSync(path, bytes, mode === undefined ? undefined : { mode });
  ctx.writeObject(fileItem(ctx, path));
}
