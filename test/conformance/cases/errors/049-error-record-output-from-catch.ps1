try { throw 'shown from catch' } catch { $_ }
'after'
