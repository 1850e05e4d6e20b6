// Enumerating a List[T] or ArrayList that changes under the enumeration fails on the next step, as .NET's
// version-checked enumerators do (foreach used to loop for ever when the body added to the list).

import { lines } from './helpers';
import { enumerateValue, ListValue } from '../../src/runtime/values';

const show = '"$($_.FullyQualifiedErrorId) | $($_.Exception.Message)"';

describe('collections changed while enumerated', () => {
  test('foreach adding to the List[int] it walks stops with InvalidOperationException', () => {
    expect(lines(`$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1)
      try { foreach ($x in $l) { $l.Add(2) } } catch { ${show} }
      $l.Count`)).toEqual(['System.InvalidOperationException | Collection was modified; enumeration operation may not execute.', '2']);
  }, 5000);

  test('every kind of change counts: Insert, RemoveAt, Clear, Sort, Reverse, AddRange, index assignment', () => {
    const changes = ['$l.Insert(0, 9)', '$l.RemoveAt(0)', '$l.Clear()', '$l.Sort()', '$l.Reverse()', '$l.AddRange([int[]](7, 8))', '$l[0] = 5'];
    for (const change of changes) {
      expect(lines(`$l = [System.Collections.Generic.List[int]]::new(); $l.Add(2); $l.Add(1); $n = 0
        try { foreach ($x in $l) { $n++; ${change} } } catch { 'caught' }
        $n`)).toEqual(['caught', '1']);
    }
  }, 5000);

  test('reading, and a Remove that finds nothing, leave the enumeration alone', () => {
    expect(lines(`$a = [System.Collections.ArrayList]::new(); [void]$a.Add(1); [void]$a.Add(2)
      foreach ($x in $a) { $null = $a.Contains(1); $a.Remove(42); $a[0] }`)).toEqual(['1', '1']);
  });

  test("the pipeline form is pwsh's BadEnumeration after the first item", () => {
    expect(lines(`$l = [System.Collections.Generic.List[string]]::new(); $l.Add('a'); $l.Add('b')
      try { $l | ForEach-Object { $l.Add('z'); "got $_" } } catch { ${show}; $_.CategoryInfo.ToString() }`)).toEqual([
      'got a',
      'BadEnumeration | An error occurred while enumerating through a collection: Collection was modified; enumeration operation may not execute..',
      'InvalidOperation: (System.Collections.\u2026ator[System.String]:Enumerator) [], RuntimeException',
    ]);
  }, 5000);

  test('Keys and Values are live views: removing or setting a key while walking them fails', () => {
    expect(lines(`$h = @{ a = 1; b = 2 }
      try { foreach ($k in $h.Keys) { $h.Remove($k) } } catch { ${show} }
      $o = [ordered]@{ a = 1 }
      try { foreach ($v in $o.Values) { $o['a'] = 5 } } catch { 'values too' }
      $saved = $o.Keys; $o['z'] = 0; $saved -join ','
      foreach ($k in @($o.Keys)) { $o.Remove($k) }; $o.Count`)).toEqual([
      'System.InvalidOperationException | Collection was modified; enumeration operation may not execute.',
      'values too',
      'a,z',
      '0',
    ]);
  }, 5000);

  test('the enumerable of a list can be walked again (each walk is a new enumerator)', () => {
    const list = new ListValue('System.Collections.ArrayList', undefined, [1, 2]);
    const items = enumerateValue(list)!;
    expect([...items]).toEqual([1, 2]);
    list.items.push(3);
    list.modified();
    expect([...items]).toEqual([1, 2, 3]);
  });
});
