function Test-Switch { param([switch] $Force) "Force=$Force IsPresent=$($Force.IsPresent)" }
Test-Switch
Test-Switch -Force
Test-Switch -Force:$false
