# ConvertFrom-StringData without try: the terminating error display
ConvertFrom-StringData "a=1`nbad line"
'not reached'
