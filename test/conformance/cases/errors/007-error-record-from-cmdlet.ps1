try { Get-Item /psnode-missing-item -ErrorAction Stop }
catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().Name
}
