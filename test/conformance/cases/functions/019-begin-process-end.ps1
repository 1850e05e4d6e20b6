function Count-Items {
    begin { $n = 0; 'begin' }
    process { $n++ }
    end { "end: $n" }
}
'a', 'b', 'c' | Count-Items
