# Text that does not parse is Invoke-Expression's own terminating error: its id, category and the position message.
try { Invoke-Expression "1 +" } catch {
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.ToString()
  $_.Exception.GetType().FullName
  $_.InvocationInfo.MyCommand.Name
  $_.Exception.Message
}
"(1" | Invoke-Expression
"after"
