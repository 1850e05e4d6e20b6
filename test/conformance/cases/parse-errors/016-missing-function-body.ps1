function NoBody
