// Import-PfxCertificate and Import-Certificate share this: read the file, add every certificate to the target
// store, write each as the Cert: provider shows it.
import { readFileSync } from 'fs';
import type { CommandContext } from '../../../src/runtime/command-types';
import { loadCertificates, LoadOptions, PkiError, X509Certificate2 } from '../../../src/pki';
import { PkiMsg } from '../messages';
import { certificateItem, defaultStorePath, fileSystemPath, pkiErrorRecord, storeTarget } from './pki-support';

export function importCertificates(ctx: CommandContext<any>, filePath: string, storePath: string | undefined, options: LoadOptions): void {
  const target = storeTarget(ctx, storePath ?? defaultStorePath(ctx, 'Cert:\\LocalMachine\\My'));
  const path = fileSystemPath(ctx, filePath);
  let certificates: X509Certificate2[];
  try {
    certificates = loadCertificates(readFileSync(path), options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      ctx.writeError(ctx.newError('System.IO.FileNotFoundException', PkiMsg.FileNotFound, 'NotSpecified', path, 'System.IO.FileNotFoundException'));
      return;
    }
    if (error instanceof PkiError && error.id === 'BadPassword') {
      ctx.writeError(ctx.newError('System.Security.Cryptography.CryptographicException', PkiMsg.PfxPassword, 'NotSpecified', path, error.exceptionType));
      return;
    }
    ctx.writeError(pkiErrorRecord(ctx, error, 'System.Security.Cryptography.CryptographicException', path));
    return;
  }
  if (!ctx.shouldProcess(target.psPath)) return;
  for (const certificate of certificates) {
    try {
      target.store.add(certificate);
    } catch (error) {
      ctx.writeError(pkiErrorRecord(ctx, error, 'System.Security.Cryptography.CryptographicException', target.psPath));
      continue;
    }
    ctx.writeObject(certificateItem(ctx, target, certificate));
  }
}
