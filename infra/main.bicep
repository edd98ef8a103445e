// Children's Centre Front Door: one council's deployment into one resource group.
//
//   Function App (Flex Consumption, Linux, custom handler, system-assigned identity)
//   Storage (identity-only access) with the app's queues and tables
//   Key Vault (RBAC) holding the Notify key, SMTP password and bot client secret
//   Application Insights on Log Analytics
//   Azure Bot with Web Chat, Direct Line and Teams channels
//   App Service authentication with Entra ID for staff
//
// See infra/README.md for the commands and the settings a council chooses.

import { notifyTemplates, resourceTags } from 'modules/types.bicep'

targetScope = 'resourceGroup'

@description('Short name for this deployment: 2-8 lowercase letters and digits, e.g. the council\'s initials.')
@minLength(2)
@maxLength(8)
param baseName string

@description('Azure region for everything except the bot (which is global). It must offer Flex Consumption.')
param location string = resourceGroup().location

param tags resourceTags = {}

@description('Client id of the bot\'s single-tenant Entra app registration.')
param botAppId string

@description('Tenant of the bot\'s app registration.')
param botTenantId string = tenant().tenantId

@description('Name shown for the bot in Teams and Web Chat.')
param botDisplayName string = 'Children\'s Centre Front Door'

@allowed(['F0', 'S1'])
@description('F0 is free with a monthly message cap on premium channels; S1 for production volumes.')
param botSku string = 'F0'

@description('Client id of the Entra app registration staff sign in with (App Service authentication).')
param staffSignInClientId string

@description('Tenant staff accounts belong to.')
param staffSignInTenantId string = tenant().tenantId

@description('SMTP relay host for staff email, e.g. smtp.office365.com.')
param smtpHost string

@secure()
@description('GOV.UK Notify API key.')
param notifyApiKey string

@secure()
@description('Bearer token GOV.UK Notify sends with received text messages (STOP replies); set the same in Notify\'s callback settings.')
param notifyInboundToken string

@secure()
@description('Key for the keyed hashes of one-time codes (32 or more random characters), kept in Key Vault.')
@minLength(32)
param privacySecret string

@description('GOV.UK Notify template ids for texts and emails, one per message kind. Each template shows ((body)).')
param notifyTemplateIds notifyTemplates

@secure()
@description('SMTP relay password.')
param smtpPassword string

@secure()
@description('Client secret of the bot\'s app registration.')
param botAppPassword string

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

// The app's queues (each also gets a "-poison" twin) and tables: the one list to change.
var queueNames = [
  'referrals'
  'staff-alerts'
  'reminders'
  'bot-turns'
]

var tableNames = [
  'Catalogue'
  'Bookings'
  'BookingOffers'
  'Families'
  'FamilyContacts'
  'Referrals'
  'StaffAlerts'
  'StaffAlertNotes'
  'ReachFigures'
  'Reminders'
  'Conversations'
  'DirectLine'
  'Audit'
  'Operations'
]

var suffix = uniqueString(resourceGroup().id, baseName)
var names = {
  storage: 'st${baseName}${suffix}'
  keyVault: 'kv${baseName}${suffix}'
  plan: 'plan-${baseName}-${suffix}'
  functionApp: 'func-${baseName}-${suffix}'
  workspace: 'log-${baseName}-${suffix}'
  appInsights: 'appi-${baseName}-${suffix}'
  bot: 'bot-${baseName}-${suffix}'
  deploymentContainer: 'app-package'
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    queueNames: queueNames
    tableNames: tableNames
    deploymentContainerName: names.deploymentContainer
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    notifyApiKey: notifyApiKey
    notifyInboundToken: notifyInboundToken
    privacySecret: privacySecret
    smtpPassword: smtpPassword
    botAppPassword: botAppPassword
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    appInsightsName: monitoring.outputs.name
  }
}

module appConfig 'modules/app-config.bicep' = {
  name: 'app-config'
  dependsOn: [access]
  params: {
    functionAppName: functionApp.outputs.name
    storageAccountName: storage.outputs.name
    appInsightsConnectionString: monitoring.outputs.connectionString
    secretUris: keyVault.outputs.secretUris
    smtpHost: smtpHost
    notifyTemplateIds: notifyTemplateIds
    botAppId: botAppId
    botTenantId: botTenantId
    staffSignInClientId: staffSignInClientId
    staffSignInTenantId: staffSignInTenantId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    tags: tags
    appHostName: functionApp.outputs.defaultHostName
    botAppId: botAppId
    botTenantId: botTenantId
    sku: botSku
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output botEndpoint string = bot.outputs.endpoint
output staffSignInRedirectUri string = 'https://${functionApp.outputs.defaultHostName}/.auth/login/aad/callback'
