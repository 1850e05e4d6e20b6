# an uncaught parse error from [scriptblock]::Create is displayed as a MethodInvocationException
[scriptblock]::Create('2 * ')
'after'
