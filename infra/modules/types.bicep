// Types shared by the modules.

@export()
@description('Resource tags: names to string values.')
type resourceTags = {
  *: string
}

@export()
@description('Versionless URIs of the app\'s Key Vault secrets.')
type keyVaultSecretUris = {
  notifyApiKey: string
  smtpPassword: string
  botAppPassword: string
}
