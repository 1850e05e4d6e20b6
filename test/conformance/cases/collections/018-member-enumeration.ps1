$people = [pscustomobject]@{ Name = 'A'; Age = 1 }, [pscustomobject]@{ Name = 'B'; Age = 2 }
$people.Name
$people.Age -join '+'
