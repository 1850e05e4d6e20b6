// The view database with pwsh's built-in views loaded.

import './dotnet-types';
import './certificate';
import './filesystem';
import './powershell-core';
import './data-formats';
import './filesystem';

export { findView, registerViews } from './registry';
export type * from './view-types';
