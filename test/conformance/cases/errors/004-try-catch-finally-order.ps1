try { 'try body'; throw 'x' } catch { 'catch body' } finally { 'finally body' }
try { 'no error' } finally { 'finally always' }
