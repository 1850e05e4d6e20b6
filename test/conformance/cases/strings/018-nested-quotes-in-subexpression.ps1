$h = @{ k = 'v' }
"value: $($h['k'])"
"call: $("inner $(1 + 1)")"
