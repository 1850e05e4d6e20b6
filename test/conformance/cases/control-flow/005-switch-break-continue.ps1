switch (1, 2, 3, 4) {
    2 { 'two, continue'; continue }
    3 { 'three, break'; break }
    default { "default $_" }
}
