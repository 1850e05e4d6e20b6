try { throw 'escaping' } finally { 'finally before exit' }
'never'
