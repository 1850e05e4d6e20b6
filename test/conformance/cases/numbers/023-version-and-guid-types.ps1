[version]'1.2.3'
([version]'1.2.3').Minor
[guid]'0f8fad5b-d9cb-469f-a165-70867728950e'
