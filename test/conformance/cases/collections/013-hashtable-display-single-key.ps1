@{ OnlyKey = 'only value' }
