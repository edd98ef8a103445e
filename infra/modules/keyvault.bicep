// Key Vault for the few real secrets. RBAC authorization (no access policies), soft delete and
// purge protection on. Secrets arrive as secure parameters and leave only as secret URIs, which
// app settings reference with @Microsoft.KeyVault(SecretUri=...).

import { keyVaultSecretUris, resourceTags } from 'types.bicep'

@description('Key Vault name: 3-24 letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param name string

param location string

param tags resourceTags = {}

@secure()
@description('GOV.UK Notify API key.')
param notifyApiKey string

@secure()
@description('Password for the SMTP relay that sends staff email.')
param smtpPassword string

@secure()
@description('Client secret of the bot\'s Entra app registration, used to reply through the Bot Connector.')
param botAppPassword string

@secure()
@description('Bearer token GOV.UK Notify sends with received text messages (set in its callback settings).')
param notifyInboundToken string

@secure()
@description('Key for the keyed hashes (HMAC-SHA256) of one-time codes: 32 or more random characters.')
param privacySecret string

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource notifyKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'notify-api-key'
  properties: {
    value: notifyApiKey
  }
}

resource smtp 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
  }
}

resource bot 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource privacy 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'privacy-secret'
  properties: {
    value: privacySecret
  }
}

resource notifyInbound 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'notify-inbound-token'
  properties: {
    value: notifyInboundToken
  }
}

output name string = vault.name
output id string = vault.id

// Versionless URIs, so a rotated secret is picked up without redeploying. A URI names a secret;
// it does not hold it.
output secretUris keyVaultSecretUris = {
  notifyApiKey: notifyKey.properties.secretUri
  smtpPassword: smtp.properties.secretUri
  botAppPassword: bot.properties.secretUri
  notifyInboundToken: notifyInbound.properties.secretUri
  privacySecret: privacy.properties.secretUri
}
