function Connect-Thing { param([Alias('AppId')] [string] $ClientId) "ClientId=$ClientId" }
Connect-Thing -AppId 'via alias'
