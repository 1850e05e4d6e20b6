try { throw 'message text' }
catch {
    $_.Exception.Message
    $_.Exception.GetType().FullName
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
}
