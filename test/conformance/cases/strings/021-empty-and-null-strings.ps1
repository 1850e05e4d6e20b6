[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
"[$null]"
''.Length
