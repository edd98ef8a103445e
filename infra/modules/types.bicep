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
  notifyInboundToken: string
  privacySecret: string
}

@export()
@description('GOV.UK Notify template ids (UUIDs), one per message kind the app sends.')
type notifyTemplateIds = {
  Reminder: string
  Confirmation: string
  PlaceOffered: string
  SessionCancelled: string
  ContactCode: string
}

@export()
@description('GOV.UK Notify template ids for texts and for emails.')
type notifyTemplates = {
  sms: notifyTemplateIds
  email: notifyTemplateIds
}
