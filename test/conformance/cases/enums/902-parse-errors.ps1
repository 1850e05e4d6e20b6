enum Size { Small; Medium; Large }
[enum]::Parse([Size], 'Huge')
[enum]::IsDefined([Size], 1L)
'after'
