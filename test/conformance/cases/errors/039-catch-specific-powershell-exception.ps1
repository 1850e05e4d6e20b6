try { Get-Item /psnode-missing-typed -ErrorAction Stop }
catch [System.Management.Automation.ItemNotFoundException] { 'item not found caught' }
