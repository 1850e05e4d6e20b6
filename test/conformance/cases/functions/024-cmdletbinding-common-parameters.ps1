function Test-Verbose { [CmdletBinding()] param() Write-Verbose 'verbose on'; 'body' }
Test-Verbose
Test-Verbose -Verbose
