$items = [pscustomobject]@{ Subject = 'CN=one'; Thumbprint = 'AAAA' }, [pscustomobject]@{ Subject = 'CN=two'; Thumbprint = 'BBBB' }
$items | Select Subject
