// Realistic scripts for the mutation half of the interpreter fuzz test. Every loop iterates a small literal
// collection (foreach / ForEach-Object), so no deletion or duplication of a token can turn one into an endless loop.
export const REALISTIC: string[] = [
  `$params = @{
    ClientId = 'YOUR_APP_ID'
    TenantId = 'YOUR_TENANT_ID'
}
function Show-Params { param([string]$ClientId, [string]$TenantId) "Client: $ClientId / Tenant: $TenantId" }
Show-Params @params`,
  `$users = @(
  [pscustomobject]@{ Name = 'alice'; Age = 31; Dept = 'IT' }
  [pscustomobject]@{ Name = 'bob'; Age = 45; Dept = 'HR' }
  [pscustomobject]@{ Name = 'carol'; Age = 28; Dept = 'IT' }
)
$users | Where-Object { $_.Age -gt 30 } | Sort-Object Age -Descending | Select-Object Name, Age
$users | Group-Object Dept | ForEach-Object { '{0}: {1}' -f $_.Name, $_.Count }
($users | Measure-Object -Property Age -Average -Sum).Average`,
  `function Get-Greeting {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory = $true, Position = 0)][string]$Name,
    [ValidateSet('Hello', 'Hi')][string]$Word = 'Hello'
  )
  process { "$Word, $Name!" }
}
Get-Greeting -Name World
Get-Greeting Bob -Word Hi
'x', 'y' | ForEach-Object { Get-Greeting $_ }`,
  `try {
  $n = [int]'12a'
} catch [System.Management.Automation.RuntimeException] {
  Write-Output "caught: $($_.Exception.Message)"
} finally {
  'done'
}`,
  `$total = 0
foreach ($i in 1..5) {
  if ($i % 2 -eq 0) { continue }
  $total += $i
}
"Total: $total"`,
  `$h = [ordered]@{ b = 2; a = 1 }
$h['c'] = 3
$h.Keys -join ','
foreach ($k in $h.Keys) { "$k=$($h[$k])" }
$h.Count
$h.Contains('a')`,
  `$text = 'The quick brown fox jumps over the lazy dog'
$words = $text -split '\\s+'
$words.Count
($words | Sort-Object Length -Descending | Select-Object -First 3) -join ' '
$text -replace 'o', '0'
if ($text -match '(?<animal>fox|dog)') { $Matches.animal }`,
  `switch -regex ('abc', 'x12', 'zz') {
  '^a' { 'starts with a'; continue }
  '\\d+' { "digits: $($Matches[0])" }
  default { "other: $_" }
}`,
  `$list = [System.Collections.Generic.List[string]]::new()
$list.Add('one')
$list.Add('two')
$list.Count
$list.Contains('one')
$list -join '+'
$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('a').Append(1)
$sb.ToString()`,
  `$d = [datetime]'2024-03-01 08:30:00'
$d.AddDays(-1).ToString('yyyy-MM-dd')
$d.DayOfWeek
($d - [datetime]'2024-01-01').Days
[timespan]::FromMinutes(90).TotalHours
'{0:yyyy}/{0:MM}' -f $d`,
  `$arr = 1, 2, 3, 4, 5
$arr[0], $arr[-1]
$arr[1..3]
$arr -gt 2
$arr -contains 3
3 -in $arr
($arr | Measure-Object -Maximum).Maximum
$arr.Where({ $_ -gt 3 })
$arr.ForEach({ $_ * 10 })`,
  `function Invoke-Safe {
  param([scriptblock]$Action)
  try { & $Action } catch { "error: $($_.FullyQualifiedErrorId)" }
}
Invoke-Safe { 1 / 0 }
Invoke-Safe { throw 'custom' }
Invoke-Safe { Get-Item 'missing-file' -ErrorAction Stop }`,
  `$json = '{"name": "app", "tags": ["a", "b"], "nested": {"n": 1}}'
$obj = $json | ConvertFrom-Json
$obj.name
$obj.tags.Count
$obj.nested.n
$obj | ConvertTo-Json -Compress`,
  `$secure = ConvertTo-SecureString -String 'p@ss' -AsPlainText -Force
$cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList 'user', $secure
$cred.UserName
$cred.GetNetworkCredential().Password`,
  `$x = 10
$y = $x -as [double]
$y / 4
[math]::Round(2.567, 2)
[int]3.5
[long]'123'
0xFF -band 0x0F
1 -shl 4
-bnot 0
5 -bxor 3`,
  `$ErrorActionPreference = 'Continue'
Write-Error 'first problem'
$Error.Count
Get-Item 'nope' -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
$?`,
  `$obj = [pscustomobject]@{ Id = 1 }
$obj | Add-Member -NotePropertyName Label -NotePropertyValue 'first'
$obj.psobject.Properties.Name
$obj | Format-List
$obj | Format-Table -AutoSize
$obj | Get-Member -MemberType NoteProperty`,
  `function Get-Square { param([Parameter(ValueFromPipeline)][int]$N) process { $N * $N } }
1..4 | Get-Square | Measure-Object -Sum
filter Add-One { $_ + 1 }
1..3 | Add-One`,
  `$name = 'World'
$here = @"
Hello $name
Sum: $(1 + 2)
"@
$here
$lit = @'
No $expansion here
'@
$lit.Length`,
  `$v = [version]'1.2.3'
$v.Major
$v -gt [version]'1.2'
$g = [guid]'00000000-0000-0000-0000-000000000001'
$g.ToString()
[regex]::Matches('a1b22c333', '\\d+').Value
[regex]::Replace('abc', 'b', 'B')`,
  `$counts = @{}
foreach ($w in 'a', 'b', 'a', 'c', 'a') {
  if ($counts.ContainsKey($w)) { $counts[$w]++ } else { $counts[$w] = 1 }
}
$counts.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key): $($_.Value)" }`,
  `$result = 1..3 | ForEach-Object -Begin { $acc = 0 } -Process { $acc += $_ } -End { $acc }
$result
$null -eq $result
$value = $null
$value ?? 'default'
$value ??= 'set'
$value
$ok = $true ? 'yes' : 'no'
$ok`,
  `:outer foreach ($i in 1..3) {
  foreach ($j in 1..3) {
    if ($j -eq 2) { continue outer }
    if ($i -eq 3) { break outer }
    "$i-$j"
  }
}`,
  `$path = Join-Path 'a' 'b'
[System.IO.Path]::GetFileName('/tmp/x.txt')
[System.IO.Path]::GetExtension('report.csv')
Split-Path '/usr/local/bin' -Leaf
Test-Path 'definitely-missing'`,
  `$cert = Get-ChildItem Cert:\\CurrentUser\\My | Select-Object -First 1
if ($cert) { $cert.Thumbprint } else { 'no certificate' }
Get-ChildItem Cert:\\CurrentUser -ErrorAction SilentlyContinue | Measure-Object`,
  `function Test-Args { "count=$($args.Count)"; $args | ForEach-Object { "[$_]" } }
Test-Args 1 'two' 3.0
$splat = @('a', 'b')
Test-Args @splat
& { param($p, $q) "$p/$q" } -q 2 -p 1`,
  `trap { "trapped: $_"; continue }
$items = 'x', $null, 'z'
foreach ($it in $items) { $it.ToUpper() }
'after'`,
  `$s = 'a,b;c d'
$s.Split(',')
$s -split '[,; ]'
$s.ToCharArray().Count
$s.Substring(2, 3)
$s.IndexOf(';')
$s.PadRight(10, '.') + '|'
'{0,-8}|{1,6:N1}' -f 'left', 3.14159`,
  `$date = Get-Date -Year 2023 -Month 6 -Day 15 -Hour 0 -Minute 0 -Second 0
$date.Month
$date.ToString('dddd')
[datetime]::ParseExact('2023-06-15', 'yyyy-MM-dd', $null).Year
New-TimeSpan -Days 2 -Hours 3 | Select-Object Days, Hours`,
  `Set-Variable -Name answer -Value 42 -Option ReadOnly
$answer
Get-Variable answer | Select-Object Name, Value
Remove-Variable answer -Force
Get-Variable answer -ErrorAction SilentlyContinue`,
];
