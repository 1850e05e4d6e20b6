try { Write-Error 'not caught'; 'try continues' } catch { 'never caught' }
