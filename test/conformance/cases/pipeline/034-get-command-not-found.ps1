Get-Command Does-Not-Exist-Anywhere
