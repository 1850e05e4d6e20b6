try { throw 'caught me' } catch { "caught: $_" }
