try { 'in try'; exit 4 } finally { 'finally runs' }
