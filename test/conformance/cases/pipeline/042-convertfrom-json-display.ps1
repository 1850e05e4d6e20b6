'{"Name":"svc","Port":8080,"Enabled":true}' | ConvertFrom-Json
