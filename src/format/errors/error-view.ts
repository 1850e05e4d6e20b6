// Chooses the renderer $ErrorView asks for and shapes its text into the lines the console host writes.

import type { ErrorViewName } from '../host-settings';
import { hostLines, PS_STYLE, type Styler } from '../style';

const NATIVE_STDERR_IDS = new Set(['NativeCommandError', 'NativeCommandErrorMessage']);
import { renderConciseView } from './concise-view';
import type { ErrorRecordLike } from './error-record';
import { renderCategoryView, renderNormalView } from './normal-view';

export interface ErrorViewOptions {
  view: ErrorViewName;
  style: Styler;
  /** $Host.UI.RawUI.WindowSize.Width. */
  windowWidth: number;
  termProgram?: string;
  /** An ErrorRecord written as output data (`catch { $_ }`) keeps the detail form's closing newline. */
  asData?: boolean;
}

/** The error's display text; an error-stream record loses the closing newline the host does not print. */
export function renderError(err: ErrorRecordLike, options: ErrorViewOptions): string {
  let text: string;
  // A native command's stderr line is shown as the bare line in every view.
  if (NATIVE_STDERR_IDS.has(err.FullyQualifiedErrorId)) text = options.style.wrap(PS_STYLE.error, err.exception.message);
  else if (options.view === 'NormalView') text = renderNormalView(err, options.style);
  else if (options.view === 'CategoryView') text = renderCategoryView(err, options.style);
  else text = renderConciseView(err, { style: options.style, windowWidth: options.windowWidth, termProgram: options.termProgram });
  if (!options.asData) text = text.replace(/\n((?:\u001b\[0m)?)$/, '$1');
  return options.style.ansi ? hostLines(text).join('\n') : text;
}
