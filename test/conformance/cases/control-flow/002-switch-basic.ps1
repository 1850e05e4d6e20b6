switch (2) {
    1 { 'one' }
    2 { 'two' }
    default { 'other' }
}
switch ('zzz') { 'a' { 'A' } default { 'default hit' } }
