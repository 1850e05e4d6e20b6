// The module's per-user folder (~/.mg): environments, the persisted context. Owner-only, like the real module's files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// HOME is read from process.env first: os.homedir() asks libuv, which ignores changes made to process.env in-process.
export function mgHome(): string {
  return path.join(process.env.HOME || os.homedir(), '.mg');
}

/** Writes atomically (temp file, then rename) with mode 0600 inside a 0700 folder. */
export function writePrivateFile(file: string, contents: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents, { mode: 0o600 });
  fs.renameSync(temp, file);
}

/** The file's text, or undefined when it does not exist. */
export function readOptionalFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
