function A { B }
function B { throw 'deep' }
'start'
A
