# The companion page, "Create a self-signed public certificate to authenticate your application", as written,
# with Linux paths: the certificate goes to Cert:\CurrentUser\My (.NET's own store under ~/.dotnet), the public
# .cer and the password-protected .pfx to $HOME. Run: psnode -File examples/companion-self-signed-certificate.ps1
$certname = "psnode-companion"    ## Replace {certificateName}
$cert = New-SelfSignedCertificate -Subject "CN=$certname" -CertStoreLocation "Cert:\CurrentUser\My" -KeyExportPolicy Exportable -KeySpec Signature -KeyLength 2048 -KeyAlgorithm RSA -HashAlgorithm SHA256

Export-Certificate -Cert $cert -FilePath "$HOME/$certname.cer"   ## Specify your preferred location

$mypwd = ConvertTo-SecureString -String "{myPassword}" -Force -AsPlainText  ## Replace {myPassword}

Export-PfxCertificate -Cert $cert -FilePath "$HOME/$certname.pfx" -Password $mypwd   ## Specify your preferred location

# The seed page then finds the certificate by thumbprint.
$CertThumbprint = $cert.Thumbprint
Get-ChildItem Cert:\CurrentUser\My\$CertThumbprint | Select Subject

# Optional, as the companion page shows: remove the certificate from the keystore.
Get-ChildItem -Path "Cert:\CurrentUser\My\$($cert.thumbprint)" | Remove-Item
Test-Path "Cert:\CurrentUser\My\$CertThumbprint"
