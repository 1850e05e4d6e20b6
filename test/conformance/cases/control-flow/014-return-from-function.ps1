function Test-Return {
    'before'
    return 'returned'
    'never'
}
Test-Return
