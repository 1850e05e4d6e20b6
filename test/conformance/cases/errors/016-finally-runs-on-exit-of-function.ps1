function Test-Finally { try { return 'returned' } finally { 'finally ran' } }
Test-Finally
