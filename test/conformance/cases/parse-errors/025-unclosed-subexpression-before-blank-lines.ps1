# A parse error pwsh places past the end of the script, on a blank line: its ConciseView shows nothing, exit 1.
"a" + $(1

