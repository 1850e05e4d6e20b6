// ContextScope CurrentUser: the context outlives the process in ~/.mg (0600), without any secret: no client secret,
// no key, no token; only what identifies the sign-in.
import fs from 'node:fs';
import path from 'node:path';
import type { AuthContext } from './auth-context';
import { mgHome, writePrivateFile } from './mg-home';

/** The fields that are safe to keep on disk. */
const PERSISTED: ReadonlyArray<keyof AuthContext> = [
  'ClientId', 'TenantId', 'Scopes', 'AuthType', 'TokenCredentialType', 'CertificateThumbprint', 'CertificateSubjectName',
  'SendCertificateChain', 'Account', 'AppName', 'ContextScope', 'ManagedIdentityId', 'Environment',
];

export class ContextStore {
  constructor(private readonly file: () => string = () => path.join(mgHome(), 'mg.authrecord.json')) {}

  save(context: AuthContext): void {
    const record: Partial<AuthContext> = {};
    for (const name of PERSISTED) (record as Record<string, unknown>)[name] = context[name];
    writePrivateFile(this.file(), JSON.stringify(record, null, 2));
  }

  clear(): void {
    fs.rmSync(this.file(), { force: true });
  }
}
