using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FrontDoor.Functions;
using FrontDoor.Functions.Notifications;
using FrontDoor.Functions.Reminders;
using Microsoft.Extensions.Configuration;

namespace FrontDoor.Tests.Infrastructure;

public sealed partial class WhenTheMainTemplateIsCompiled(CompiledMainTemplate compiled) : IClassFixture<CompiledMainTemplate>
{
    private const string StorageBlobDataOwner = "b7e6c85d-6c4a-4d4e-be3a-8e87d0e3ec36";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private ArmTemplate Template => compiled.Template;

    [Fact]
    public void ThenStorageAcceptsOnlyIdentitiesOverTls12()
    {
        var storage = Template.Single("Microsoft.Storage/storageAccounts").Properties;

        Assert.False(storage["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(storage["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.True(storage["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", storage["minimumTlsVersion"]!.GetValue<string>());
    }

    [Fact]
    public void ThenTheFunctionAppRunsOnFlexConsumptionAsACustomHandler()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms").Body;
        Assert.Equal("FC1", plan["sku"]!["name"]!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>());

        var site = Template.Single("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", site.Body["kind"]!.GetValue<string>());
        var config = site.Properties["functionAppConfig"]!;
        Assert.Equal("custom", config["runtime"]!["name"]!.GetValue<string>());
        Assert.Equal("SystemAssignedIdentity", config["deployment"]!["storage"]!["authentication"]!["type"]!.GetValue<string>());
        Assert.Equal("blobContainer", config["deployment"]!["storage"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void ThenTheFunctionAppHasASystemAssignedIdentity()
    {
        var site = Template.Single("Microsoft.Web/sites");

        Assert.Equal("SystemAssigned", site.Body["identity"]!["type"]!.GetValue<string>());
        Assert.True(site.Properties["httpsOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void ThenTheIdentityHoldsTheStorageAndKeyVaultRoles()
    {
        var assignments = Template.OfType("Microsoft.Authorization/roleAssignments")
            .Select(a => (
                Role: RoleDefinitionGuid().Match(a.Properties["roleDefinitionId"]!.GetValue<string>()).Value,
                Scope: a.Body["scope"]!.GetValue<string>(),
                Principal: a.Properties["principalId"]!.GetValue<string>(),
                Module: a.Module))
            .ToList();

        Assert.Contains(assignments, a => a.Role == StorageBlobDataOwner && a.Scope.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));
        Assert.Contains(assignments, a => a.Role == StorageQueueDataContributor && a.Scope.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));
        Assert.Contains(assignments, a => a.Role == StorageTableDataContributor && a.Scope.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal));
        Assert.Contains(assignments, a => a.Role == KeyVaultSecretsUser && a.Scope.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal));

        // Every assignment goes to the principal main.bicep wires from the function app's identity.
        Assert.All(assignments, a => Assert.Equal("[parameters('principalId')]", a.Principal));
        var module = Assert.Single(assignments.Select(a => a.Module).Distinct());
        Assert.Contains("reference('functionApp')", Template.ModuleParameter(module, "principalId"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(".outputs.principalId.value", Template.ModuleParameter(module, "principalId"), StringComparison.Ordinal);
        var site = Template.Single("Microsoft.Web/sites");
        Assert.Contains(".identity.principalId", site.Template["outputs"]!["principalId"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThenAppSettingsUseIdentitiesAndKeyVaultReferencesNeverKeys()
    {
        var settings = AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Contains("storageAccountName", settings["AzureWebJobsStorage__accountName"], StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Equal("AppService", settings["Staff__Authentication"]);
        Assert.Contains("Smtp__Host", settings.Keys);
        Assert.Contains("Bot__AppId", settings.Keys);
        Assert.Contains("Bot__TenantId", settings.Keys);

        foreach (var (name, value) in settings)
        {
            Assert.DoesNotContain("AccountKey=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys(", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol=", value, StringComparison.OrdinalIgnoreCase);
            if (LooksSecret(name))
            {
                Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", value, StringComparison.Ordinal);
            }
        }

        Assert.Contains("Smtp__Password", settings.Keys);
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUris').privacySecret)]", settings["Privacy__Secret"]);
        Assert.Contains("Notify__ApiKey", settings.Keys);
    }

    [Fact]
    public void ThenNotifyReadsItsSecretsFromKeyVaultAndHasATemplateForEveryMessageKind()
    {
        // Bind the app settings the way the app does ("__" is the section separator).
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(AppSettings().Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), (string?)s.Value)))
            .Build();
        var notify = configuration.GetSection(NotifyOptions.Section).Get<NotifyOptions>()!;

        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUris').notifyApiKey)]", notify.ApiKey);
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('secretUris').notifyInboundToken)]", notify.InboundBearerToken);
        // Every reminder kind, and the one-time code that proves a contact.
        var kinds = Enum.GetNames<MessageKind>().Append("ContactCode").Order().ToList();
        Assert.Equal(kinds, notify.SmsTemplates.Keys.Order());
        Assert.Equal(kinds, notify.EmailTemplates.Keys.Order());
        Assert.All(kinds, kind =>
        {
            Assert.Equal($"[parameters('notifyTemplateIds').sms.{kind}]", notify.SmsTemplates[kind]);
            Assert.Equal($"[parameters('notifyTemplateIds').email.{kind}]", notify.EmailTemplates[kind]);
        });

        // main.bicep passes its own parameter through, and the parameter file gives a UUID for every kind.
        Assert.Equal("[parameters('notifyTemplateIds')]", Template.ModuleParameter("app-config", "notifyTemplateIds"));
        Assert.Equal("[reference('keyVault').outputs.secretUris.value]", Template.ModuleParameter("app-config", "secretUris"));
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.parameters.json")))!;
        var supplied = file["parameters"]!["notifyTemplateIds"]!["value"]!;
        foreach (var channel in new[] { "sms", "email" })
        {
            Assert.All(kinds, kind => Assert.True(Guid.TryParse(supplied[channel]![kind]?.GetValue<string>(), out _), $"No {channel} template id for {kind}."));
        }
    }

    [Fact]
    public void ThenFlexConsumptionIsNotGivenSettingsItRejects()
    {
        var settings = AppSettings();

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    [Fact]
    public void ThenNoPartOfTheTemplateReadsAccountKeys()
    {
        var text = Template.Root.ToJsonString();

        Assert.DoesNotContain("listKeys(", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThenKeyVaultUsesRbacAndKeepsDeletedSecrets()
    {
        var vault = Template.Single("Microsoft.KeyVault/vaults").Properties;

        Assert.True(vault["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.True(vault["enableSoftDelete"]!.GetValue<bool>());
        Assert.True(vault["enablePurgeProtection"]!.GetValue<bool>());
    }

    [Fact]
    public void ThenEverySecretComesFromASecureParameter()
    {
        var secrets = Template.OfType("Microsoft.KeyVault/vaults/secrets").ToList();
        Assert.Equal(5, secrets.Count);

        foreach (var secret in secrets)
        {
            var match = ParameterReference().Match(secret.Properties["value"]!.GetValue<string>());
            Assert.True(match.Success, $"Secret {secret.RawName} is not set from a parameter.");
            var parameter = ArmTemplate.Parameters(secret.Template)[match.Groups["name"].Value]!;
            Assert.Equal("securestring", parameter["type"]!.GetValue<string>(), ignoreCase: true);
        }

        var mainParameters = ArmTemplate.Parameters(Template.Root);
        foreach (var name in new[] { "notifyApiKey", "notifyInboundToken", "privacySecret", "smtpPassword", "botAppPassword" })
        {
            Assert.Equal("securestring", mainParameters[name]!["type"]!.GetValue<string>(), ignoreCase: true);
            Assert.Null(mainParameters[name]!["defaultValue"]);
        }
    }

    [Fact]
    public void ThenStaffSignInUsesEntraButLetsPublicRoutesThrough()
    {
        var auth = Template.OfType("Microsoft.Web/sites/config").Single(c => c.RawName.Contains("'authsettingsV2'", StringComparison.Ordinal)).Properties;

        Assert.True(auth["platform"]!["enabled"]!.GetValue<bool>());
        Assert.False(auth["globalValidation"]!["requireAuthentication"]!.GetValue<bool>());
        Assert.Equal("AllowAnonymous", auth["globalValidation"]!["unauthenticatedClientAction"]!.GetValue<string>());
        Assert.True(auth["identityProviders"]!["azureActiveDirectory"]!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void ThenTheBotPostsToTheAppsMessagesEndpointOnItsChannels()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");

        var endpoint = bot.Properties["endpoint"]!.GetValue<string>();
        Assert.Matches(@"^\[format\('https://\{0\}/api/messages', parameters\('appHostName'\)\)\]$", endpoint);
        Assert.Contains("defaultHostName", Template.ModuleParameter(bot.Module, "appHostName"), StringComparison.Ordinal);
        Assert.Equal("SingleTenant", bot.Properties["msaAppType"]!.GetValue<string>());

        var channels = Template.OfType("Microsoft.BotService/botServices/channels")
            .Select(c => c.Properties["channelName"]!.GetValue<string>())
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "WebChatChannel", "DirectLineChannel", "MsTeamsChannel" }, channels);
    }

    [Fact]
    public void ThenTheAppsQueuesAndTablesAreDeclared()
    {
        var variables = Template.Root["variables"]!;
        var queues = variables["queueNames"]!.AsArray().Select(q => q!.GetValue<string>()).ToList();
        var tables = variables["tableNames"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();

        Assert.Superset(new HashSet<string> { "referrals", "staff-alerts", "reminders" }, queues.ToHashSet());
        // Every table the code uses must exist in Azure too (table names are case-insensitive).
        string[] usedTables =
        [
            FrontDoor.Functions.Sessions.TableCatalogueStore.TableName,
            FrontDoor.Functions.Bookings.TableOccurrenceLedgerStore.TableName,
            FrontDoor.Functions.Bookings.TableOccurrenceLedgerStore.OfferIndexTable,
            FrontDoor.Functions.Families.TableFamilyDirectory.FamiliesTable,
            FrontDoor.Functions.Families.TableFamilyDirectory.ContactsTable,
            FrontDoor.Functions.Referrals.ReferralStore.TableName,
            FrontDoor.Functions.StaffAlerts.StaffAlertStore.TableName,
            FrontDoor.Functions.Staff.AlertNoteStore.TableName,
            FrontDoor.Functions.Reach.ReachStore.TableName,
            FrontDoor.Functions.Operations.AuditLog.TableName,
            FrontDoor.Functions.Operations.PoisonMonitor.TableName,
            FrontDoor.Functions.Conversation.TableConversationStateStore.TableName,
            FrontDoor.Functions.Channels.DirectLine.DirectLineHistory.TableName,
        ];
        Assert.All(usedTables, name => Assert.Contains(name, tables, StringComparer.OrdinalIgnoreCase));

        var queueResource = Template.Single("Microsoft.Storage/storageAccounts/queueServices/queues");
        Assert.Contains("-poison", queueResource.Body["copy"]!["count"]!.ToJsonString() + queueResource.RawName, StringComparison.Ordinal);

        // Every queue a function reads or writes must exist in Azure too.
        var used = FrontDoorApp.Functions().Functions
            .SelectMany(f => new[] { f.Queue?.QueueName, f.QueueOutput?.QueueName })
            .OfType<string>()
            .Where(name => !name.StartsWith('%'));
        Assert.All(used, name => Assert.Contains(name, queues));
    }

    [Fact]
    public void ThenTheParameterFileSuppliesEveryRequiredPlainParameterAndNoSecret()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.parameters.json")))!;
        var supplied = file["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var declared = ArmTemplate.Parameters(Template.Root);

        Assert.All(supplied, name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets unknown parameter {name}."));
        foreach (var (name, parameter) in declared)
        {
            // Parameters of a user-defined type carry "$ref" instead of "type".
            var secure = parameter!["type"]?.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase) == true;
            if (secure)
            {
                Assert.DoesNotContain(name, supplied);
            }
            else if (parameter["defaultValue"] is null)
            {
                Assert.Contains(name, supplied);
            }
        }
    }

    private Dictionary<string, string> AppSettings()
    {
        var config = Template.OfType("Microsoft.Web/sites/config").Single(c => c.RawName.Contains("'appsettings'", StringComparison.Ordinal));
        Assert.IsType<JsonObject>(config.Body["properties"]);
        return config.Properties.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
    }

    private static bool LooksSecret(string settingName) => SecretName().IsMatch(settingName);

    [GeneratedRegex("password|secret|apikey|key$|token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleDefinitionGuid();

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex ParameterReference();
}
