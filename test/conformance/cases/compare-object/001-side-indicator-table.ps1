# Only the differences, reference side (<=) after the difference side (=>), in the default table view.
Compare-Object -ReferenceObject @('a', 'b', 'c') -DifferenceObject @('b', 'c', 'd')
Compare-Object @('dog', 'squirrel', 'bird') @('cat', 'bird', 'racoon') | Format-List
