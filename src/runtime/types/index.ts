// Registers the built-in .NET types with the adapter registry (imported once by the engine).

import './intrinsics';
import './regex-match';
import './string';
import './numeric';
import './collections';
import './generic-collections';
import './core-objects';
import './system-enum';
import './time';
import './security';
import './system';
import './uri';
import './psobject-view';
import './session-objects';
import './psstyle';
import '../language/lazy';

export { resolveTypeName, tryResolveTypeName } from './resolver';
export { positionMessage, invocationValue, setScriptBlockFactory } from './core-objects';
