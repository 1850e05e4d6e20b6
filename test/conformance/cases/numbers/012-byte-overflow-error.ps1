[byte]300
