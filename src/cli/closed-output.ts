// A reader that goes away (`psnode ... | head -2`) closes psnode's stdout or stderr. pwsh then drops what is still
// written and runs the script to its end with its own exit code; psnode does the same instead of dying with EPIPE.

/** Writes text to a process stream unless the reader has closed it. */
export function writerFor(stream: NodeJS.WriteStream): (text: string) => void {
  stream.on('error', ignoreClosedPipe);
  return (text) => {
    if (!stream.destroyed) stream.write(text);
  };
}

function ignoreClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
}
