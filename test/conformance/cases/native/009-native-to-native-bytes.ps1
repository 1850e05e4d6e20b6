# bytes pass unchanged between two native commands in one pipeline (pwsh 7.4+)
printf '\x00\xff\xfe\n' | od -An -tx1
printf 'no newline' | od -An -c
printf 'a\r\nb' | od -An -c
printf 'abc' | cat | od -An -c
