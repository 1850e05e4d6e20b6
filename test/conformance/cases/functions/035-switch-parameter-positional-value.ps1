function Test-Sw { param([switch] $On, $Rest) "On=$On Rest=$Rest" }
Test-Sw -On 'value'
