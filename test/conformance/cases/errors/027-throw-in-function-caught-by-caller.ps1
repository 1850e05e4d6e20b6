function Fail-Inner { throw 'from inner' }
try { Fail-Inner } catch { "caller caught: $_" }
