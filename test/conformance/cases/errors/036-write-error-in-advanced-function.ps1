function Test-Err { [CmdletBinding()] param() Write-Error 'inside function' }
Test-Err
'after'
