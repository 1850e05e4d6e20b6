[timespan]::FromMinutes(90).ToString()
[timespan]::FromSeconds(3725).TotalHours
[guid]::Empty
([guid]'0f8fad5b-d9cb-469f-a165-70867728950e').ToString('N')
