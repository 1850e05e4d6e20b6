# Dumps a cmdlet's parameter metadata from live pwsh as JSON, so cmdlet definitions copy pwsh instead of guessing.
# Usage: pwsh -NoProfile -Command "& scripts/dump-cmdlet-metadata.ps1 -Names Select-Object,Sort-Object -OutDir /tmp/meta"
param([string[]]$Names, [string]$OutDir = ".")
$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
foreach ($n in $Names) {
  $c = Get-Command $n
  $out = [ordered]@{ name = $c.Name; module = $c.ModuleName; implementingType = $c.ImplementingType.FullName; defaultParameterSet = $c.DefaultParameterSet; parameters = @() }
  foreach ($p in $c.Parameters.Values) {
    if ($common -contains $p.Name) { continue }
    $sets = @()
    foreach ($kv in $p.ParameterSets.GetEnumerator()) {
      $a = $kv.Value
      $s = [ordered]@{ name = $kv.Key }
      if ($a.Position -ge 0) { $s.position = $a.Position }
      if ($a.IsMandatory) { $s.mandatory = $true }
      if ($a.ValueFromPipeline) { $s.valueFromPipeline = $true }
      if ($a.ValueFromPipelineByPropertyName) { $s.valueFromPipelineByPropertyName = $true }
      if ($a.ValueFromRemainingArguments) { $s.valueFromRemainingArguments = $true }
      $sets += $s
    }
    $val = @()
    foreach ($at in $p.Attributes) {
      switch ($at.GetType().Name) {
        'ValidateSetAttribute' { $val += [ordered]@{kind='Set'; values=@($at.ValidValues)} }
        'ValidateNotNullOrEmptyAttribute' { $val += @{kind='NotNullOrEmpty'} }
        'ValidateNotNullAttribute' { $val += @{kind='NotNull'} }
        'ValidateRangeAttribute' { $val += [ordered]@{kind='Range'; min=$at.MinRange; max=$at.MaxRange} }
        'ValidateCountAttribute' { $val += [ordered]@{kind='Count'; min=$at.MinLength; max=$at.MaxLength} }
        'AllowNullAttribute' { $val += @{kind='AllowNull'} }
        'AllowEmptyStringAttribute' { $val += @{kind='AllowEmptyString'} }
      }
    }
    $out.parameters += [ordered]@{ name = $p.Name; type = $p.ParameterType.FullName; aliases = @($p.Aliases); sets = $sets; attrs = $val }
  }
  $out | ConvertTo-Json -Depth 6 | Set-Content (Join-Path $OutDir "$n.json")
}
