# Tee-Object's file is opened by pwsh's inner out-file when the first object arrives; its errors stop the pipeline.
Set-Content w1.txt 1
Set-Content w2.txt 2
foreach ($path in 'nodir/out.txt', 'w*.txt', 'none*.txt', 'Env:X', '.') {
  try {
    'z' | Tee-Object -FilePath $path
    'not reached'
  } catch {
    '{0} | {1} | {2}' -f $_.FullyQualifiedErrorId, $_.CategoryInfo, $_
  }
}
try { 'z' | Tee-Object -FilePath e.txt -Encoding nonesuch } catch { '{0} | {1}' -f $_.FullyQualifiedErrorId, $_ }
'q' | Tee-Object -FilePath 'w1*.txt' | Out-Null
Get-Content w1.txt
