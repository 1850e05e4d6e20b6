try { throw [System.ArgumentException]::new('bad arg') } catch { $_.Exception.GetType().Name; $_.Exception.Message }
