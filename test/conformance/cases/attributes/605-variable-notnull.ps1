[ValidateNotNull()]$r = 1
try { $r = $null } catch { $_.Exception.Message }
[ValidateNotNullOrEmpty()]$t = 1
try { $t = '' } catch { $_.Exception.Message }
try { $t = @() } catch { $_.Exception.Message }
[ValidateNotNullOrEmpty()]$e = $null
"e=[$e]"
