try {
    try { throw 'inner' } catch { "inner catch: $_"; throw }
} catch { "outer catch: $_" }
