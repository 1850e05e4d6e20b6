# Lists cmdlets and their parameters as JSON lines, the same way in pwsh and psnode, so scripts/command-coverage can
# compare the two shells. Common parameters are left out; dynamic ones are those of a FileSystem location.
param([string[]]$Modules)
$common = 'Verbose','Debug','ErrorAction','WarningAction','InformationAction','ProgressAction','ErrorVariable',
  'WarningVariable','InformationVariable','OutVariable','OutBuffer','PipelineVariable','WhatIf','Confirm'
Get-Command -CommandType Cmdlet | Where-Object { $Modules -contains $_.ModuleName } | Sort-Object Name | ForEach-Object {
  $parameters = (Get-Command -Name $_.Name -CommandType Cmdlet).Parameters
  $names = @($parameters.Keys | Where-Object { $common -notcontains $_ } | Sort-Object)
  [ordered]@{ name = $_.Name; module = $_.ModuleName; parameters = $names } | ConvertTo-Json -Compress
}
