[ordered]@{ Zeta = 1; Alpha = 'two'; Mid = 3.5 }
