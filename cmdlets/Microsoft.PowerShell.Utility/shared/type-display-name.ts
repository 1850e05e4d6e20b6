// Get-Member's type names come from the runtime (method signatures of script classes use the same names).
export { typeDisplayName } from '../../../src/runtime/values/type-display-name';
