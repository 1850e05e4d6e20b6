[ordered]@{ Key = 'v' * 90 }
