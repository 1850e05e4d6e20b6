$args.Count
$PSCommandPath -like '*010-script-args-empty.ps1'
Split-Path -Leaf $PSCommandPath
