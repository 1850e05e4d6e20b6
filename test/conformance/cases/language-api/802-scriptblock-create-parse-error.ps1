# [scriptblock]::Create with text that does not parse throws a ParseException inside MethodInvocationException
try { [scriptblock]::Create('1 +') } catch {
  $_.Exception.GetType().FullName
  $_.Exception.Message
  $_.Exception.InnerException.GetType().FullName
  $_.Exception.InnerException.Errors.Count
  $_.Exception.InnerException.Errors[0].ErrorId
}
try { [scriptblock]::Create('if (') } catch { $_.Exception.InnerException.Message }
