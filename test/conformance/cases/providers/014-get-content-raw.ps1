Set-Content raw.txt "a`nb"
(Get-Content raw.txt -Raw).Length
Get-Content raw.txt -Raw
