Start-Sleep -Seconds 'soon'
