switch (1, 2, 3) {
    { $_ -gt 1 } { "big $_" }
    default { "small $_" }
}
