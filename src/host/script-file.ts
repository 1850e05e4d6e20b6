// The CLI reads -File scripts as the engine reads every script file.
export { readScriptFile } from '../runtime/script-file';
