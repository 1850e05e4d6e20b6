try {
    'line 2'
    throw 'at line 3'
} catch {
    $_.InvocationInfo.ScriptLineNumber
    $_.InvocationInfo.Line.Trim()
}
