// Graph's JSON as PowerShell values: Invoke-MgGraphRequest's HashTable output (nested hashtables, object[] arrays)
// and its PSObject output (PSCustomObjects).
import { Hashtable, PSObject } from '../../../src/runtime/values';

export type JsonShape = 'HashTable' | 'PSObject';

export function jsonToValue(json: unknown, shape: JsonShape): unknown {
  if (Array.isArray(json)) return json.map((item) => jsonToValue(item, shape));
  if (json === null || typeof json !== 'object') return json;
  const entries = Object.entries(json as Record<string, unknown>).map(([key, value]) => [key, jsonToValue(value, shape)] as [string, unknown]);
  if (shape === 'PSObject') return PSObject.fromEntries(entries);
  const table = new Hashtable();
  for (const [key, value] of entries) table.set(key, value);
  return table;
}
