# UTF-7 (obsolete, with pwsh's warning): direct characters stay, '+' is "+-", other runs are base64 between + and -.
foreach ($text in 'aé€', 'a+b', 'é a', 'é-a', 'x!y', '日本語', '😀', 'a=b;c') {
  Set-Content u7.txt $text -Encoding utf7 -NoNewline -WarningAction SilentlyContinue
  '{0} => {1}' -f $text, [System.IO.File]::ReadAllText("$PWD/u7.txt")
}
[System.IO.File]::WriteAllText("$PWD/r7.txt", "a+AOk-b+AOkgrA-c+-d+AOk.e")
Get-Content r7.txt -Encoding utf7 -WarningAction SilentlyContinue
Set-Content w.txt 'x' -Encoding utf7
Get-Content w.txt, w.txt -Encoding UTF7
try { Set-Content w.txt 'x' -Encoding 65000 } catch { $_.Exception.Message }
try { Set-Content w.txt 'x' -Encoding 'utf-7' } catch { $_.Exception.Message }
'z' | Out-File o7.txt -Encoding utf7
