// The host lines for the warning, verbose and debug streams: pwsh's prefix, in the stream's colour on an ANSI host.

import { PS_STYLE, type Styler } from '../style';

export type StreamRecordKind = 'warning' | 'verbose' | 'debug';

const PREFIX: Record<StreamRecordKind, string> = {
  warning: 'WARNING: ',
  verbose: 'VERBOSE: ',
  debug: 'DEBUG: ',
};

export function renderStreamRecord(kind: StreamRecordKind, message: string, style: Styler): string {
  return style.wrap(PS_STYLE[kind], PREFIX[kind] + message);
}
