$PSVersionTable.PSVersion.Major
$PSVersionTable.PSEdition
