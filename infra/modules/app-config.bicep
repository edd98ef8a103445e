// App settings and App Service authentication for the Function App. Deployed after the
// identity's role assignments so identity-based storage and Key Vault references resolve.
//
// Authentication: Entra ID is configured for staff sign-in, but unauthenticated requests are
// let through (unauthenticatedClientAction AllowAnonymous). Parents, the Bot Connector
// (/api/messages, with its own JWT), Direct Line and the health probe never sign in to Entra.
// requireAuthentication with excludedPaths would block every new public route until it was
// listed, and a wildcard wide enough to avoid that would also cover staff routes.
// Instead the platform validates the staff session and injects X-MS-CLIENT-PRINCIPAL (removing
// any copy a caller sends), and the app (Staff__Authentication=AppService) checks the roles in it on
// every staff route, sending anonymous callers to /.auth/login/aad.
//
// No client secret is configured for staff sign-in: App Service then signs staff in with an ID
// token (OpenID Connect implicit flow), so the app registration must issue ID tokens.

import { keyVaultSecretUris, notifyTemplates } from 'types.bicep'

param functionAppName string

param storageAccountName string

param appInsightsConnectionString string

@description('Key Vault secret URIs (notifyApiKey, smtpPassword, botAppPassword, notifyInboundToken, privacySecret) from keyvault.bicep.')
param secretUris keyVaultSecretUris

param smtpHost string

@description('GOV.UK Notify template ids, bound by the app as Notify:SmsTemplates:{kind} and Notify:EmailTemplates:{kind}.')
param notifyTemplateIds notifyTemplates

param botAppId string

param botTenantId string

@description('Client id of the Entra app registration staff sign in with.')
param staffSignInClientId string

@description('Tenant staff accounts belong to.')
param staffSignInTenantId string


resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  // Flex Consumption takes the runtime from functionAppConfig: no FUNCTIONS_WORKER_RUNTIME,
  // FUNCTIONS_EXTENSION_VERSION or WEBSITE_RUN_FROM_PACKAGE here.
  properties: {
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    Smtp__Host: smtpHost
    Smtp__Password: '@Microsoft.KeyVault(SecretUri=${secretUris.smtpPassword})'
    Notify__ApiKey: '@Microsoft.KeyVault(SecretUri=${secretUris.notifyApiKey})'
    Notify__InboundBearerToken: '@Microsoft.KeyVault(SecretUri=${secretUris.notifyInboundToken})'
    Privacy__Secret: '@Microsoft.KeyVault(SecretUri=${secretUris.privacySecret})'
    Notify__SmsTemplates__Reminder: notifyTemplateIds.sms.Reminder
    Notify__SmsTemplates__Confirmation: notifyTemplateIds.sms.Confirmation
    Notify__SmsTemplates__PlaceOffered: notifyTemplateIds.sms.PlaceOffered
    Notify__SmsTemplates__SessionCancelled: notifyTemplateIds.sms.SessionCancelled
    Notify__SmsTemplates__ContactCode: notifyTemplateIds.sms.ContactCode
    Notify__EmailTemplates__Reminder: notifyTemplateIds.email.Reminder
    Notify__EmailTemplates__Confirmation: notifyTemplateIds.email.Confirmation
    Notify__EmailTemplates__PlaceOffered: notifyTemplateIds.email.PlaceOffered
    Notify__EmailTemplates__SessionCancelled: notifyTemplateIds.email.SessionCancelled
    Notify__EmailTemplates__ContactCode: notifyTemplateIds.email.ContactCode
    Bot__AppId: botAppId
    Bot__TenantId: botTenantId
    Bot__AppPassword: '@Microsoft.KeyVault(SecretUri=${secretUris.botAppPassword})'
    Staff__Authentication: 'AppService'
    // Links in families' messages; set a council's own domain here once it points at the app.
    App__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
  }
}

resource authentication 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  dependsOn: [appSettings]
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          openIdIssuer: '${environment().authentication.loginEndpoint}${staffSignInTenantId}/v2.0'
          clientId: staffSignInClientId
        }
        validation: {
          allowedAudiences: [
            staffSignInClientId
            'api://${staffSignInClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}
