// Application Insights on a Log Analytics workspace.

import { resourceTags } from 'types.bicep'

param workspaceName string

param appInsightsName string

param location string

param tags resourceTags = {}

@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // The app's OpenTelemetry exporter still sends with the connection string's ingestion key;
    // the Functions host signs in with its identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).
    DisableLocalAuth: false
  }
}

output name string = appInsights.name
output id string = appInsights.id
output connectionString string = appInsights.properties.ConnectionString
