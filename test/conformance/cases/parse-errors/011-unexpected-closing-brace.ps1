'one'
}
